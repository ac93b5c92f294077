import {
  diffValues,
  type CellChange,
  type ReportColumn,
  type ReportHistory,
  type ReportValues,
} from '@motcua/shared';
import { columnName } from './grid';

export type HistoryEvent = ReportHistory['items'][number];

export type HistoryEntry = HistoryEvent & {
  /**
   * For an event that froze the figures (approval, acceptance): the cells that changed since the previous frozen
   * version; `first` when there was none before.
   */
  frozen: { first: true } | { first: false; changes: CellChange[] } | null;
};

/** The events oldest first, each frozen version compared with the one before it. */
export function historyEntries(items: readonly HistoryEvent[]): HistoryEntry[] {
  const sorted = [...items].sort((a, b) => a.at.localeCompare(b.at));
  let previous: ReportValues | null = null;
  return sorted.map((event) => {
    if (!event.snapshot) return { ...event, frozen: null };
    const frozen: HistoryEntry['frozen'] = previous
      ? { first: false, changes: diffValues(previous, event.snapshot) }
      : { first: true };
    previous = event.snapshot;
    return { ...event, frozen };
  });
}

export type ChangeLine = { key: string; row: string; column: string; before: number; after: number };

/**
 * Changes as people read them: the row's label and the column's name, in the form's order (rows as listed, columns
 * left to right); rows or columns the form no longer has keep their key.
 */
export function changeLines(
  changes: readonly CellChange[],
  rows: readonly { key: string; label: string }[],
  columns: readonly ReportColumn[],
): ChangeLine[] {
  const rowIndex = (key: string) => {
    const i = rows.findIndex((r) => r.key === key);
    return i < 0 ? rows.length : i;
  };
  const columnIndex = (key: string) => {
    const i = columns.findIndex((c) => c.key === key);
    return i < 0 ? columns.length : i;
  };
  return [...changes]
    .sort(
      (a, b) =>
        rowIndex(a.row) - rowIndex(b.row) ||
        a.row.localeCompare(b.row) ||
        columnIndex(a.column) - columnIndex(b.column),
    )
    .map((change) => {
      const column = columns.find((c) => c.key === change.column);
      return {
        key: `${change.row}\u0000${change.column}`,
        row: rows.find((r) => r.key === change.row)?.label ?? change.row,
        column: column ? columnName(column, columns) : change.column,
        before: change.before,
        after: change.after,
      };
    });
}

/** "+3" or "−2": how far the new figure moved. */
export function signedDelta(before: number, after: number): string {
  const delta = after - before;
  if (delta === 0) return '0';
  return delta > 0 ? `+${delta.toLocaleString('vi-VN')}` : `−${Math.abs(delta).toLocaleString('vi-VN')}`;
}

/**
 * Whether the issuer has reopened the form since it was last accepted: such a form may still be typed and sent in a
 * closed period (the form itself does not say so, its history does).
 */
export function reopenedSinceAccepted(
  items: readonly Pick<HistoryEvent, 'action' | 'toStatus' | 'at'>[],
): boolean {
  const sorted = [...items].sort((a, b) => a.at.localeCompare(b.at));
  let reopened = false;
  for (const event of sorted) {
    if (event.action === 'reopen') reopened = true;
    else if (event.toStatus === 'accepted') reopened = false;
  }
  return reopened;
}
