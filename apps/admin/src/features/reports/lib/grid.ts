import {
  computeRow,
  sumValues,
  type ReportColumn,
  type ReportDefinition,
  type ReportForm,
  type ReportValues,
} from '@motcua/shared';

/** A cell of the first header row: a group over its columns, or a column without a group spanning both rows. */
export type HeaderCell =
  { kind: 'group'; label: string; span: number } | { kind: 'column'; column: ReportColumn; number: number };

export type HeaderModel = {
  /** Whether the form has groups, hence two header rows. */
  grouped: boolean;
  top: HeaderCell[];
  /** The second row: the columns under a group. */
  bottom: { column: ReportColumn; number: number }[];
  /** The official forms number their columns: (1) No., (2) the row's name, then (3), (4)… */
  numbers: number[];
};

/** The header of the official layout: contiguous columns of one group share a cell above them. */
export function headerModel(columns: readonly ReportColumn[]): HeaderModel {
  const top: HeaderCell[] = [];
  const bottom: HeaderModel['bottom'] = [];
  columns.forEach((column, index) => {
    const number = index + 3;
    if (column.group === null) {
      top.push({ kind: 'column', column, number });
      return;
    }
    const last = top.at(-1);
    const previous = columns[index - 1];
    if (last?.kind === 'group' && previous?.group === column.group) last.span += 1;
    else top.push({ kind: 'group', label: column.group, span: 1 });
    bottom.push({ column, number });
  });
  return {
    grouped: bottom.length > 0,
    top,
    bottom,
    numbers: columns.map((_, index) => index + 3),
  };
}

/**
 * A column's name where it must stand alone (an input's label, an error, a change in the history): "Trực tuyến" is
 * enough, but "Tổng số" and "Quá hạn" appear under several groups and take their group along.
 */
export function columnName(column: ReportColumn, columns: readonly ReportColumn[]): string {
  const shared = columns.filter((c) => c.label === column.label).length > 1;
  return shared && column.group ? `${column.label} (${column.group})` : column.label;
}

/** An input's accessible name: "Hộ tịch — Trực tuyến". */
export function cellLabel(rowLabel: string, column: ReportColumn, columns: readonly ReportColumn[]): string {
  return `${rowLabel} — ${columnName(column, columns)}`;
}

/** The columns typed by hand (not sums). */
export function inputColumns(definition: ReportDefinition): ReportColumn[] {
  return definition.columns.filter((c) => !c.sumOf);
}

/**
 * The columns the system has a figure for: those pre-filled from a metric, and the sums built on them (a computed
 * column may build on another).
 */
export function systemColumns(definition: ReportDefinition): Set<string> {
  const keys = new Set(definition.columns.filter((c) => c.metric).map((c) => c.key));
  // A sum usually stands before its parts ("Tổng số" first): go round until nothing more joins.
  let grown = true;
  while (grown) {
    grown = false;
    for (const column of definition.columns) {
      if (!keys.has(column.key) && column.sumOf?.some((k) => keys.has(k))) {
        keys.add(column.key);
        grown = true;
      }
    }
  }
  return keys;
}

/** Column by column, the sum over the given rows (the "Tổng cộng" line of a section). */
export function columnTotals(
  definition: ReportDefinition,
  values: ReportValues,
  rowKeys: readonly string[],
): Record<string, number> {
  const totals: Record<string, number> = Object.fromEntries(definition.columns.map((c) => [c.key, 0]));
  for (const key of rowKeys) {
    const cells = computeRow(definition, values[key] ?? {});
    for (const column of definition.columns) {
      totals[column.key] = (totals[column.key] ?? 0) + (cells[column.key] ?? 0);
    }
  }
  return totals;
}

function hasFigures(cells: Record<string, number> | undefined): boolean {
  return Object.values(cells ?? {}).some((n) => n !== 0);
}

export type GridRow = { key: string; label: string };

export type GridSections = {
  /** The unit's own rows. */
  own: GridRow[];
  /** Units under it: the sum of their accepted forms, then what goes up. Absent for a unit without any. */
  children: { rows: GridRow[]; totals: GridRow[] } | null;
};

/** Whether the unit has units under it in the period (whether or not any has been accepted yet). */
export function hasChildren(form: Pick<ReportForm, 'children' | 'missingChildren'>): boolean {
  return Object.keys(form.children).length > 0 || form.missingChildren.length > 0;
}

/**
 * The rows of each section. Own rows: every row while typing (a blank row is a zero); when reading, the rows with a
 * figure, entered or counted by the system, unless all are asked for. A form by unit (PAKN) lists the unit and its
 * children; the unit types only its own line, the children's come summed from their forms.
 */
export function gridSections(
  form: Pick<
    ReportForm,
    'rows' | 'values' | 'system' | 'children' | 'totals' | 'missingChildren' | 'unit'
  > & {
    template: { definition: Pick<ReportDefinition, 'rowSource'> };
  },
  options: { allRows: boolean },
): GridSections {
  const byUnit = form.template.definition.rowSource === 'units';
  const candidates = byUnit
    ? form.rows.filter((r) => r.key === form.unit.id || form.values[r.key] !== undefined)
    : form.rows;
  const own = options.allRows
    ? candidates
    : candidates.filter((r) => hasFigures(form.values[r.key]) || hasFigures(form.system[r.key]));
  if (!hasChildren(form)) return { own, children: null };
  return {
    own,
    children: {
      rows: form.rows.filter((r) => hasFigures(form.children[r.key])),
      totals: form.rows.filter((r) => hasFigures(form.totals[r.key])),
    },
  };
}

/** What goes up while the unit types: its draft plus the children accepted so far. */
export function liveTotals(
  definition: ReportDefinition,
  own: ReportValues,
  children: ReportValues,
): ReportValues {
  return sumValues(definition, [own, children]);
}

/** A stable id for a cell, used by the error summary's links and the inputs' descriptions. */
export function cellId(section: string, rowIndex: number, column: string): string {
  return `rp-${section}-${rowIndex}-${column}`;
}
