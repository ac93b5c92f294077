import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, login, type TestContext } from './harness';

let ctx: TestContext;
let admin: string;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
});
afterAll(() => ctx.close());

function dueDate(query: string) {
  return ctx.app.inject({ method: 'GET', url: `/api/v1/calendar/due-date?${query}` });
}

describe('GET /api/v1/calendar/due-date', () => {
  it('counts 3 working days across Tết 2026 from the official schedule in the database', async () => {
    const res = await dueDate(
      `start=${encodeURIComponent('2026-02-13T09:00:00+07:00')}&amount=3&unit=working_days`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.dueAt).toBe('2026-02-25T17:00:00+07:00');
    expect(body.explanation.some((l: { text: string }) => l.text.includes('Tết Nguyên đán'))).toBe(true);
  });

  it('accepts any offset and applies the cut-off hour', async () => {
    // 08:30 UTC is 15:30 in Vietnam, after a 15:00 cut-off.
    const res = await dueDate('start=2026-03-02T08:30:00Z&amount=1&unit=working_days&cutoff=15:00');
    expect(res.json().dueAt).toBe('2026-03-04T17:00:00+07:00');
  });

  it('rejects a start without offset, a negative amount and an unknown unit, field by field', async () => {
    const res = await dueDate('start=2026-03-02T09:00:00&amount=-1&unit=weeks');
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['querystring.start', 'querystring.amount', 'querystring.unit']),
    );
  });
});

describe('the calendar of a year', () => {
  it('lists the seeded official 2026 exceptions to officers', async () => {
    const officer = await login(ctx.app, 'qti.sotuphap.tn');
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/calendar/years/2026',
      headers: bearer(officer),
    });
    expect(res.statusCode).toBe(200);
    const days = res.json().days as { date: string; kind: string }[];
    expect(days).toContainEqual(expect.objectContaining({ date: '2026-08-31', kind: 'swap' }));
    expect(days).toContainEqual(expect.objectContaining({ date: '2026-08-22', kind: 'makeup' }));
  });

  it('lets the national administrator add a day off, which the clock then skips', async () => {
    const current = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/calendar/years/2026',
      headers: bearer(admin),
    });
    const days = [
      ...current.json().days,
      {
        date: '2026-11-24',
        kind: 'holiday',
        name: 'Ngày Văn hóa Việt Nam',
        confidence: 'confirmed',
        source: null,
      },
    ];
    const put = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2026',
      headers: bearer(admin),
      payload: { days },
    });
    expect(put.statusCode).toBe(200);
    const res = await dueDate(
      `start=${encodeURIComponent('2026-11-23T09:00:00+07:00')}&amount=1&unit=working_days`,
    );
    expect(res.json().dueAt).toBe('2026-11-25T17:00:00+07:00');
  });

  it('refuses a day off on a weekend, a make-up day on a weekday and a date of another year', async () => {
    const bad = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: bearer(admin),
      payload: {
        days: [
          { date: '2027-01-02', kind: 'holiday', name: 'Thứ Bảy' },
          { date: '2027-01-04', kind: 'makeup', name: 'Thứ Hai' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.days.0.date',
      'body.days.1.date',
    ]);
    const otherYear = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: bearer(admin),
      payload: { days: [{ date: '2028-01-03', kind: 'holiday', name: 'Sai năm' }] },
    });
    expect(otherYear.statusCode).toBe(400);
    expect(otherYear.json().errors[0].field).toBe('body.days.0.date');
  });

  it('proposes a later year from the lunar calendar for the administrator to review', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/calendar/years/2027/proposal',
      headers: bearer(admin),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().days).toContainEqual(
      expect.objectContaining({ date: '2027-02-08', confidence: 'unconfirmed' }),
    );
    const saved = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: bearer(admin),
      payload: { days: res.json().days },
    });
    expect(saved.statusCode).toBe(200);
  });

  it('is changed only by an administrator of a root unit', async () => {
    const province = (await ctx.app.inject({ method: 'GET', url: '/api/v1/units', headers: bearer(admin) }))
      .json()
      .items.find((u: { accountPrefix: string }) => u.accountPrefix === 'qti');
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: bearer(admin),
      payload: {
        username: 'qti.qt',
        fullName: 'Quản trị tỉnh',
        unitId: province.id,
        roles: ['system_admin'],
        password: 'Quantri@2026',
      },
    });
    const provinceAdmin = await login(ctx.app, 'qti.qt', 'Quantri@2026');
    const res = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: bearer(provinceAdmin),
      payload: { days: [] },
    });
    expect(res.statusCode).toBe(403);
  });
});
