import {
  computeRow,
  normalizeText,
  validateReport,
  type CellError,
  type ReportDefinition,
} from '@motcua/shared';
import { printedNumber, type ColumnFormValues, type TemplateFormValues } from './template-form';

/**
 * The preview runs the shared formulas on what is being edited. Its columns are keyed by the editor's uids, not
 * by the keys typed so far, so a blank or repeated key, or a renamed one, never muddles the preview.
 */
export function previewDefinition(definition: TemplateFormValues['definition']): ReportDefinition {
  const uids = new Set(definition.columns.map((c) => c.uid));
  return {
    rowSource: definition.rowSource,
    columns: definition.columns.map((c) => ({
      key: c.uid,
      label: c.label,
      group: null,
      sumOf: c.kind === 'computed' ? c.sumOf.filter((uid) => uids.has(uid) && uid !== c.uid) : null,
      metric: c.kind === 'metric' ? c.metric || null : null,
    })),
    rules: [
      { kind: 'non_negative' },
      ...definition.rules
        .filter((r) => uids.has(r.left))
        .map((r) => ({
          kind: 'at_most' as const,
          left: r.left,
          right: r.right.filter((uid) => uids.has(uid)),
          message: normalizeText(r.text),
        })),
    ],
  };
}

export type HeaderCell = {
  /** A column's uid, or `group:<first uid>` for a group's heading. */
  id: string;
  label: string;
  colSpan: number;
  rowSpan: number;
};

/**
 * The printed header: "STT" and the row-name column, then the form's columns. Consecutive columns of one group
 * share a heading over their own labels (two header rows); a column outside any group spans both rows. Every
 * column also gets its printed number: (1) STT, (2) the row name, (3) the first figure…
 */
export type PreviewHeader = {
  rows: HeaderCell[][];
  /** A group name used by columns that are not next to each other: printed as separate headings. */
  splitGroups: string[];
  /** The printed number of each column, by uid. */
  numbers: Map<string, number>;
};

export function previewHeader(
  columns: readonly Pick<ColumnFormValues, 'uid' | 'label' | 'group'>[],
  leading: { no: string; row: string },
): PreviewHeader {
  const runs: { group: string; columns: typeof columns }[] = [];
  for (const column of columns) {
    const group = normalizeText(column.group);
    const last = runs.at(-1);
    if (group !== '' && last && last.group === group) last.columns = [...last.columns, column];
    else runs.push({ group, columns: [column] });
  }
  const grouped = runs.some((r) => r.group !== '');
  const rowSpan = grouped ? 2 : 1;
  const top: HeaderCell[] = [
    { id: 'no', label: leading.no, colSpan: 1, rowSpan },
    { id: 'row', label: leading.row, colSpan: 1, rowSpan },
  ];
  const bottom: HeaderCell[] = [];
  for (const run of runs) {
    const [first] = run.columns;
    if (!first) continue;
    if (run.group === '') {
      for (const c of run.columns) top.push({ id: c.uid, label: c.label, colSpan: 1, rowSpan });
    } else {
      top.push({ id: `group:${first.uid}`, label: run.group, colSpan: run.columns.length, rowSpan: 1 });
      for (const c of run.columns) bottom.push({ id: c.uid, label: c.label, colSpan: 1, rowSpan: 1 });
    }
  }
  const seen = new Map<string, number>();
  for (const run of runs) if (run.group !== '') seen.set(run.group, (seen.get(run.group) ?? 0) + 1);
  return {
    rows: grouped ? [top, bottom] : [top],
    splitGroups: [...seen].filter(([, n]) => n > 1).map(([group]) => group),
    numbers: new Map(columns.map((c, i) => [c.uid, printedNumber(i)])),
  };
}

/** A typed sample figure: blank is no figure, anything but a whole number ≥ 0 is refused. */
export function parseFigure(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : 'invalid';
}

export type SampleRow = {
  /** Every column's figure: typed ones as typed (blank as 0), totals computed. */
  cells: Record<string, number>;
  /** Columns whose typed text is not a whole number ≥ 0. */
  invalid: string[];
  /** The rules the row breaks, one per rule. */
  errors: CellError[];
};

const SAMPLE_ROW = 'sample';

/** The preview's sample row, run through the same `computeRow` and `validateReport` as a unit's form. */
export function sampleRow(definition: ReportDefinition, typed: Readonly<Record<string, string>>): SampleRow {
  const figures: Record<string, number> = {};
  const invalid: string[] = [];
  for (const column of definition.columns) {
    if (column.sumOf) continue;
    const figure = parseFigure(typed[column.key] ?? '');
    if (figure === 'invalid') invalid.push(column.key);
    else if (figure !== null) figures[column.key] = figure;
  }
  return {
    cells: computeRow(definition, figures),
    invalid,
    errors: validateReport(definition, { [SAMPLE_ROW]: figures }),
  };
}

/** "(3) = (4) + (5) + (6)" for every total, by printed numbers. */
export function formulas(
  definition: ReportDefinition,
  numbers: ReadonlyMap<string, number>,
): { column: string; number: number; parts: number[] }[] {
  return definition.columns.flatMap((c) => {
    const number = numbers.get(c.key);
    if (!c.sumOf || number === undefined) return [];
    const parts = c.sumOf.flatMap((key) => {
      const n = numbers.get(key);
      return n === undefined ? [] : [n];
    });
    return [{ column: c.key, number, parts }];
  });
}
