import { REPORT_STATUSES, type Board, type ReportStatus } from '@motcua/shared';

export type BoardEntry = Board['units'][number];

/** Whether a form was sent up in time, late, or is still out (late once the deadline has passed). */
export type Timeliness = 'on_time' | 'late' | 'open';

export function timeliness(entry: Pick<BoardEntry, 'late' | 'submittedAt'>): Timeliness {
  if (entry.late) return 'late';
  return entry.submittedAt ? 'on_time' : 'open';
}

export type BoardSummary = {
  counts: Record<ReportStatus, number>;
  onTime: number;
  late: number;
  open: number;
  total: number;
};

export function boardSummary(board: Board): BoardSummary {
  const counts = Object.fromEntries(
    REPORT_STATUSES.map((s) => [s, board.counts[s] ?? board.units.filter((u) => u.status === s).length]),
  ) as Record<ReportStatus, number>;
  const by = (t: Timeliness) => board.units.filter((u) => timeliness(u) === t).length;
  return { counts, onTime: by('on_time'), late: by('late'), open: by('open'), total: board.units.length };
}

/** Chosen from the counts above the board: one status, or on time / late / still out. */
export type BoardFilter = { status: ReportStatus } | { timeliness: Timeliness } | null;

export function matchesFilter(entry: BoardEntry, filter: BoardFilter): boolean {
  if (filter === null) return true;
  if ('status' in filter) return entry.status === filter.status;
  return timeliness(entry) === filter.timeliness;
}

const collator = new Intl.Collator('vi');

/**
 * The rows of the board, one per unit and form: by unit name (Vietnamese order), then in the period's order of
 * forms; with a filter, only the matching ones.
 */
export function boardEntries(
  board: Board,
  templates: readonly { id: string }[],
  filter: BoardFilter = null,
): BoardEntry[] {
  const order = (entry: BoardEntry) => {
    const index = templates.findIndex((t) => t.id === entry.template.id);
    return index < 0 ? templates.length : index;
  };
  return board.units
    .filter((entry) => matchesFilter(entry, filter))
    .sort((a, b) => collator.compare(a.unit.name, b.unit.name) || order(a) - order(b));
}
