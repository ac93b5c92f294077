import {
  addDays,
  CLOSED_STATES,
  computeDueDate,
  DossierCodeSchema,
  onTimeResult,
  parseHhmm,
  vnDate,
  type DossierState,
} from '@motcua/shared';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierEvents, dossierRatings, dossiers, dossierSequences, units } from '../src/db/schema';
import { HISTORY_NOW, HISTORY_UNIT_PREFIXES, HISTORY_WINDOW } from '../src/db/seed-history';
import { loadCalendar } from '../src/modules/calendar/calendar.service';
import { bearer, createTestApp, login, type TestContext } from './harness';

let ctx: TestContext;
let history: (typeof dossiers.$inferSelect)[];
let unitCode: Map<string, string>;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  const rows = await db.select().from(units);
  unitCode = new Map(rows.map((u) => [u.id, u.code]));
  const ids = rows.filter((u) => HISTORY_UNIT_PREFIXES.includes(u.accountPrefix)).map((u) => u.id);
  expect(ids).toHaveLength(HISTORY_UNIT_PREFIXES.length);
  history = await db.select().from(dossiers).where(inArray(dossiers.receivingUnitId, ids));
});
afterAll(() => ctx.close());

function count(state: DossierState) {
  return history.filter((d) => d.state === state).length;
}

describe('the demo dossier history', () => {
  it('is a year of a one-stop office: mostly returned, the rest still under way or ended otherwise', () => {
    expect(history.length).toBeGreaterThan(1400);
    expect(count('returned') / history.length).toBeGreaterThan(0.8);
    for (const state of [
      'waiting_return',
      'processing',
      'waiting_supplement',
      'received',
      'waiting_online_intake',
      'refused',
      'withdrawn',
    ] as const) {
      expect(count(state), state).toBeGreaterThan(0);
    }
    const online = history.filter((d) => d.channel === 'online').length / history.length;
    expect(online).toBeGreaterThan(0.5);
    expect(online).toBeLessThan(0.7);
    const resolved = history.filter((d) => d.result !== null);
    const share = (r: string) => resolved.filter((d) => d.result === r).length / resolved.length;
    expect(share('early')).toBeGreaterThan(0.35);
    expect(share('on_time')).toBeGreaterThan(0.3);
    expect(share('late')).toBeGreaterThan(0.08);
    expect(share('late')).toBeLessThan(0.22);
    const overdue = history.filter(
      (d) => !CLOSED_STATES.includes(d.state) && d.dueAt && d.dueAt < HISTORY_NOW,
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(40);
    for (const d of history.filter((x) => x.state === 'refused')) expect(d.refusalReason).toMatch(/\S{5}/);
    for (const d of history.filter((x) => x.state === 'waiting_supplement')) {
      expect(d.dueAt).toBeNull();
      expect(d.pauses.at(-1)).toMatchObject({ to: null, items: [expect.any(String)] });
    }
    for (const d of history.filter((x) => x.state === 'waiting_online_intake')) {
      expect(d.receivedAt).toBeNull();
      expect(d.receivedOn).toBeNull();
    }
  });

  it('stays away from the units other tests count on', async () => {
    const rows = await ctx.database.db.select().from(units);
    const kept = rows
      .filter((u) => ['qti.donghoi', 'qti.dongha', 'qti.sotuphap'].includes(u.accountPrefix))
      .map((u) => u.id);
    expect(kept).toHaveLength(3);
    expect(history.filter((d) => d.involvedUnitIds.some((id) => kept.includes(id)))).toEqual([]);
  });

  it('numbers each dossier once, by its unit and the day it was filed, as the daily sequence does', async () => {
    const codes = history.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    const last = new Map<string, number>();
    for (const d of history) {
      expect(DossierCodeSchema.safeParse(d.code).success, d.code).toBe(true);
      const day = vnDate(d.createdAt);
      expect(day >= HISTORY_WINDOW.from && day <= HISTORY_WINDOW.to).toBe(true);
      expect(d.code.startsWith(`${unitCode.get(d.receivingUnitId)}-${day.slice(2).replace(/-/g, '')}-`)).toBe(
        true,
      );
      const key = `${d.receivingUnitId}|${day}`;
      last.set(key, Math.max(last.get(key) ?? 0, Number(d.code.slice(-4))));
    }
    const sequences = await ctx.database.db.select().from(dossierSequences);
    for (const [key, max] of last) {
      const [unitId, day] = key.split('|');
      expect(sequences.find((s) => s.unitId === unitId && s.day === day)?.last, key).toBe(max);
    }
  });

  it('keeps the appointment of the legal clock and judges every result by the on-time rule', async () => {
    const calendar = await loadCalendar(ctx.database.db, addDays(HISTORY_WINDOW.from, -7));
    let resolved = 0;
    for (const d of history) {
      // While a supplement is awaited (or was never given) the appointment is unknown, as in the service.
      if (d.receivedAt && d.pauses.every((p) => p.to !== null)) {
        const due = computeDueDate({
          receivedAt: d.receivedAt,
          amount: d.timeLimitAmount,
          unit: d.timeLimitUnit,
          calendar,
          cutoffMinutes: d.cutoffTime ? parseHhmm(d.cutoffTime) : null,
          pauses: d.pauses.map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null })),
        });
        expect(d.dueAt?.toISOString(), d.code).toBe(due.dueAt?.toISOString());
      }
      if (d.result) {
        resolved++;
        if (!d.finishedAt || !d.dueAt) throw new Error(`${d.code} resolved without dates`);
        expect(d.result, d.code).toBe(onTimeResult(d.finishedAt, d.dueAt, d.supplementRequests, vnDate));
      }
      const step = d.steps[d.currentStep];
      if (
        !CLOSED_STATES.includes(d.state) &&
        d.stepStartedAt &&
        step &&
        d.pauses.every((p) => p.to !== null)
      ) {
        const stepDue = computeDueDate({
          receivedAt: d.stepStartedAt,
          amount: step.allottedHours,
          unit: 'working_hours',
          calendar,
          pauses: d.pauses.map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null })),
        });
        expect(d.stepDueAt?.toISOString(), `${d.code} step`).toBe(stepDue.dueAt?.toISOString());
      }
      if (['returned', 'waiting_return'].includes(d.state)) expect(d.result, d.code).not.toBeNull();
      if (d.state === 'returned')
        expect(d.returnedAt && d.finishedAt && d.returnedAt >= d.finishedAt).toBe(true);
    }
    expect(resolved).toBeGreaterThan(1300);
  });

  it('logs every step: the log starts with the filing and ends in the state the dossier is in', async () => {
    const events = await ctx.database.db
      .select()
      .from(dossierEvents)
      .where(
        inArray(
          dossierEvents.dossierId,
          history.map((d) => d.id),
        ),
      )
      .orderBy(asc(dossierEvents.at), asc(dossierEvents.id));
    const byDossier = new Map<string, (typeof events)[number][]>();
    for (const e of events) byDossier.set(e.dossierId, [...(byDossier.get(e.dossierId) ?? []), e]);
    for (const d of history) {
      const log = byDossier.get(d.id) ?? [];
      expect(log[0]?.action, d.code).toBe(d.channel === 'online' ? 'submit' : 'receive');
      expect(log.at(-1)?.toState, d.code).toBe(d.state);
      expect(log.every((e) => e.at <= HISTORY_NOW)).toBe(true);
      expect(d.version, d.code).toBe(log.length);
    }
  });

  it('has ratings only from the owners of returned online dossiers', async () => {
    const ratings = await ctx.database.db.select().from(dossierRatings);
    expect(ratings.length).toBeGreaterThan(100);
    const byId = new Map(history.map((d) => [d.id, d]));
    for (const r of ratings) {
      const d = byId.get(r.dossierId);
      expect(d?.state).toBe('returned');
      expect(d?.citizenId).toBe(r.citizenId);
      expect(r.satisfied || r.reasons.length > 0).toBe(true);
    }
    const unsatisfied = ratings.filter((r) => !r.satisfied).length / ratings.length;
    expect(unsatisfied).toBeGreaterThan(0.03);
    expect(unsatisfied).toBeLessThan(0.3);
  });

  it('leaves the next counter intake at a unit with history a fresh code', async () => {
    const officer = await login(ctx.app, 'qti.quangtri.tn');
    const procedure = (await ctx.app.inject({ method: 'GET', url: '/api/v1/procedures/2.000815' })).json();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: bearer(officer),
      payload: {
        procedureCode: '2.000815',
        applicant: {
          fullName: 'Lê Thị Mới',
          identificationNumber: '045190001357',
          address: 'Phường Quảng Trị',
        },
        components: procedure.cases[0].components.map((_: unknown, index: number) => ({
          index,
          provided: true,
        })),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const code: string = res.json().code;
    expect(history.some((d) => d.code === code)).toBe(false);
    const [row] = await ctx.database.db.select().from(dossiers).where(eq(dossiers.code, code));
    expect(row?.id).toBe(res.json().id);
  });
});
