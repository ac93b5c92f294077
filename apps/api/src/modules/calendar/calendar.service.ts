import {
  addDays,
  buildCalendar,
  computeDueDate,
  parseHhmm,
  toVnIso,
  vnDate,
  type CalendarDay,
  type CalendarYear,
  type DueDateQuery,
  type DueDateResponse,
  type WorkCalendar,
} from '@motcua/shared';
import type { Database, Executor } from '../../db/client';
import { recordAudit, type Actor } from '../../lib/audit';
import { forbidden, invalid } from '../../lib/errors';
import { requireScope, type Officer } from '../../plugins/auth';
import { proposeYear } from './calendar.generator';
import { createCalendarRepository } from './calendar.repository';

type Row = Awaited<ReturnType<ReturnType<typeof createCalendarRepository>['listBetween']>>[number];

function toDay(row: Row): CalendarDay {
  return { date: row.date, kind: row.kind, name: row.name, confidence: row.confidence, source: row.source };
}

/** The calendar covering every date a count starting on `from` can reach (legal limits stay well within 10 years). */
export async function loadCalendar(
  db: Executor,
  from: string,
  to = addDays(from, 3660),
): Promise<WorkCalendar> {
  const rows = await createCalendarRepository(db).listBetween(from, to);
  return buildCalendar(
    rows
      .filter((r) => r.kind !== 'makeup')
      .map((r) => ({ date: r.date, name: r.name, kind: r.kind as Exclude<typeof r.kind, 'makeup'> })),
    rows.filter((r) => r.kind === 'makeup'),
  );
}

/** The calendar is national: only an administrator of a root unit (the whole tree) may change it. */
function requireNational(officer: Officer) {
  requireScope(officer, 'calendar.manage');
  if (officer.unitPath.split('/').filter(Boolean).length !== 1) {
    throw forbidden('Chỉ quản trị hệ thống cấp trung ương được sửa lịch làm việc');
  }
}

export function createCalendarService(db: Database) {
  const repo = createCalendarRepository(db);

  return {
    async dueDate(query: DueDateQuery): Promise<DueDateResponse> {
      const receivedAt = new Date(query.start);
      const calendar = await loadCalendar(db, vnDate(receivedAt));
      const result = computeDueDate({
        receivedAt,
        amount: query.amount,
        unit: query.unit,
        calendar,
        cutoffMinutes: query.cutoff ? parseHhmm(query.cutoff) : null,
      });
      return { dueAt: result.dueAt ? toVnIso(result.dueAt) : null, explanation: result.explanation };
    },

    async year(officer: Officer, year: number): Promise<CalendarYear> {
      requireScope(officer, 'calendar.read');
      const rows = await repo.listBetween(`${year}-01-01`, `${year}-12-31`);
      return { year, days: rows.map(toDay) };
    },

    /** A generated proposal for a year, to review and save with replaceYear. */
    proposal(officer: Officer, year: number): CalendarYear {
      requireNational(officer);
      return { year, days: proposeYear(year) };
    },

    async replaceYear(
      officer: Officer,
      actor: Actor,
      year: number,
      days: CalendarDay[],
    ): Promise<CalendarYear> {
      requireNational(officer);
      const outside = days.findIndex((d) => !d.date.startsWith(`${year}-`));
      if (outside >= 0) throw invalid(`body.days.${outside}.date`, `Ngày phải thuộc năm ${year}`);
      return db.transaction(async (tx) => {
        await repo.replaceYear(tx, year, days, officer.id);
        await recordAudit(tx, actor, {
          action: 'calendar.replace_year',
          entityType: 'calendar_year',
          entityId: String(year),
          details: { days: days.length },
        });
        const rows = await repo.listBetween(`${year}-01-01`, `${year}-12-31`, tx);
        return { year, days: rows.map(toDay) };
      });
    },
  };
}
