import {
  computeRow,
  validateReport,
  type CellError,
  type FieldError,
  type ReportDefinition,
  type ReportValues,
} from '@motcua/shared';
import { texts } from '../../../config/i18n';
import { inputColumns, systemColumns } from './grid';

/** What the grid's inputs hold, row by row and column by column: text, blank for zero. */
export type Draft = Record<string, Record<string, string>>;

const MAX = 1_000_000_000;

/** The draft of a saved form: the typed columns of every row it holds (a saved zero shows as 0). */
export function draftFrom(definition: ReportDefinition, values: ReportValues): Draft {
  const columns = inputColumns(definition);
  return Object.fromEntries(
    Object.entries(values).map(([row, cells]) => [
      row,
      Object.fromEntries(columns.map((c) => [c.key, String(cells[c.key] ?? 0)])),
    ]),
  );
}

/** One input's number: blank is 0; anything but a whole number from 0 to a billion is an error. */
export function parseCell(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: 0 };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: texts.reports.grid.notANumber };
  const value = Number(trimmed);
  if (value > MAX) return { ok: false, message: texts.reports.grid.tooLarge };
  return { ok: true, value };
}

/**
 * The figures to save: every row with a figure, its sums computed (the server recomputes them anyway). A row left
 * blank is left out, so that clearing a row removes it. Cells that are not numbers count as 0 here; `draftErrors`
 * names them.
 */
export function draftValues(definition: ReportDefinition, draft: Draft): ReportValues {
  const out: ReportValues = {};
  for (const [row, cells] of Object.entries(draft)) {
    const parsed: Record<string, number> = {};
    for (const column of inputColumns(definition)) {
      const cell = parseCell(cells[column.key] ?? '');
      parsed[column.key] = cell.ok ? cell.value : 0;
    }
    if (Object.values(parsed).some((n) => n !== 0)) out[row] = computeRow(definition, parsed);
  }
  return out;
}

/** The cells to fix before sending: inputs that are not whole numbers, then the form's own rules. */
export function draftErrors(definition: ReportDefinition, draft: Draft): CellError[] {
  const errors: CellError[] = [];
  for (const [row, cells] of Object.entries(draft)) {
    for (const column of inputColumns(definition)) {
      const cell = parseCell(cells[column.key] ?? '');
      if (!cell.ok) errors.push({ row, column: column.key, message: cell.message });
    }
  }
  return [...errors, ...validateReport(definition, draftValues(definition, draft))];
}

/** Whether the draft holds other figures than the saved ones (a blank and a 0 are the same figure). */
export function isDirty(definition: ReportDefinition, draft: Draft, saved: ReportValues): boolean {
  const now = draftValues(definition, draft);
  const before = Object.fromEntries(
    Object.entries(saved).filter(([, cells]) => Object.values(cells).some((n) => n !== 0)),
  );
  const rows = new Set([...Object.keys(now), ...Object.keys(before)]);
  for (const row of rows) {
    for (const column of inputColumns(definition)) {
      if ((now[row]?.[column.key] ?? 0) !== (before[row]?.[column.key] ?? 0)) return true;
    }
  }
  return false;
}

export function setCell(draft: Draft, row: string, column: string, text: string): Draft {
  return { ...draft, [row]: { ...draft[row], [column]: text } };
}

export type Difference = { row: string; column: string; entered: number; system: number };

/**
 * The cells where the figure entered differs from the system's (domain §7: the national index penalises the
 * difference), over the given rows, for every column the system has a figure for.
 */
export function differences(
  definition: ReportDefinition,
  entered: ReportValues,
  system: ReportValues,
  rowKeys: readonly string[],
): Difference[] {
  const columns = systemColumns(definition);
  if (columns.size === 0) return [];
  const out: Difference[] = [];
  for (const row of rowKeys) {
    const mine = computeRow(definition, entered[row] ?? {});
    const theirs = computeRow(definition, system[row] ?? {});
    for (const column of definition.columns) {
      if (!columns.has(column.key)) continue;
      const a = mine[column.key] ?? 0;
      const b = theirs[column.key] ?? 0;
      if (a !== b) out.push({ row, column: column.key, entered: a, system: b });
    }
  }
  return out;
}

/** The differences in typed cells only: what "take the system's figures" would change. */
export function typedDifferences(definition: ReportDefinition, diffs: readonly Difference[]): Difference[] {
  const typed = new Set(inputColumns(definition).map((c) => c.key));
  return diffs.filter((d) => typed.has(d.column));
}

/**
 * The draft with the system's figures in every pre-filled column of the given rows (blank where the system counts
 * none); the columns typed by hand keep what was typed.
 */
export function takeSystem(
  definition: ReportDefinition,
  draft: Draft,
  system: ReportValues,
  rowKeys: readonly string[],
): Draft {
  const metricColumns = definition.columns.filter((c) => c.metric && !c.sumOf);
  const next: Draft = { ...draft };
  for (const row of rowKeys) {
    const cells = { ...next[row] };
    for (const column of metricColumns) {
      const value = system[row]?.[column.key] ?? 0;
      cells[column.key] = value === 0 ? '' : String(value);
    }
    if (Object.values(cells).some((v) => v !== '')) next[row] = cells;
    else delete next[row];
  }
  return next;
}

/**
 * The server's per-cell errors (`values.<row>.<column>`, possibly under `body.`). A row key may hold dots (a field's
 * name); a column key never does, so the column is what follows the last dot.
 */
export function serverCellErrors(errors: readonly FieldError[]): CellError[] {
  const out: CellError[] = [];
  for (const error of errors) {
    const path = error.field.replace(/^body\./, '');
    if (!path.startsWith('values.')) continue;
    const rest = path.slice('values.'.length);
    const dot = rest.lastIndexOf('.');
    if (dot <= 0) continue;
    out.push({ row: rest.slice(0, dot), column: rest.slice(dot + 1), message: error.message });
  }
  return out;
}

/** Errors by row, then by column: what a cell and its row show. */
export function errorsByCell(errors: readonly CellError[]): Map<string, Map<string, string>> {
  const map = new Map<string, Map<string, string>>();
  for (const error of errors) {
    const row = map.get(error.row) ?? new Map<string, string>();
    if (!row.has(error.column)) row.set(error.column, error.message);
    map.set(error.row, row);
  }
  return map;
}
