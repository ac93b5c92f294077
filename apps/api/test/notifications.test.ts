import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossiers, outbox, users } from '../src/db/schema';
import { createNotificationsService } from '../src/modules/notifications/notifications.service';
import { bearer, createTestApp, login, type TestContext } from './harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

async function receiveAndHandOver(phone: string | null = null) {
  const tn = await login(ctx.app, 'qti.donghoi.tn');
  const procedure = (await ctx.app.inject({ method: 'GET', url: '/api/v1/procedures/1.004222' })).json();
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: bearer(tn),
    payload: {
      procedureCode: '1.004222',
      applicant: {
        fullName: 'Phan Thị Hạnh',
        identificationNumber: '044190002222',
        address: 'Đồng Hới',
        phone,
      },
      components: procedure.cases[0].components.map((_: unknown, index: number) => ({
        index,
        provided: true,
      })),
    },
  });
  const d = created.json();
  await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${d.id}/actions`,
    headers: bearer(tn),
    payload: { action: 'hand_over', version: d.version },
  });
  return d;
}

describe('near-due and overdue alerts', () => {
  it('notifies the unit’s division head once of an overdue dossier, in-app and by e-mail through the outbox', async () => {
    await ctx.database.db
      .update(users)
      .set({ email: 'ldp.donghoi@example.vn' })
      .where(eq(users.username, 'qti.donghoi.ldp'));
    const overdue = await receiveAndHandOver('0905111222');
    const dueSoon = await receiveAndHandOver('0905333444');
    await ctx.database.db
      .update(dossiers)
      .set({ dueAt: sql`now() - interval '1 day'` })
      .where(eq(dossiers.id, overdue.id));
    await ctx.database.db
      .update(dossiers)
      .set({ dueAt: sql`now() + interval '1 hour'` })
      .where(eq(dossiers.id, dueSoon.id));

    const service = createNotificationsService(ctx.database.db);
    const first = await service.scanDueAlerts();
    expect(first.created).toBeGreaterThanOrEqual(2);
    const again = await service.scanDueAlerts();
    expect(again.created).toBe(0);
    // The applicant of the overdue dossier is told once, by SMS; the one still in time hears nothing.
    const texts = await ctx.database.db.select().from(outbox).where(eq(outbox.channel, 'sms'));
    expect(texts.filter((m) => m.template === 'dossier_overdue').map((m) => m.recipient)).toEqual([
      '0905111222',
    ]);

    const ldp = await login(ctx.app, 'qti.donghoi.ldp');
    const mine = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: bearer(ldp) })
    ).json();
    const titles = mine.items.map((n: { title: string }) => n.title);
    expect(titles).toContain(`Hồ sơ ${overdue.code} đã quá hạn`);
    expect(titles).toContain(`Hồ sơ ${dueSoon.code} sắp đến hạn`);
    expect(mine.unread).toBe(mine.items.length);
    const mails = await ctx.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, 'ldp.donghoi@example.vn'));
    expect(mails.length).toBe(mine.items.length);

    // Someone in another unit hears nothing of it.
    const other = await login(ctx.app, 'qti.dongha.ldp');
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: bearer(other) })).json()
        .items,
    ).toEqual([]);

    const read = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${mine.items[0].id}/read`,
      headers: bearer(ldp),
    });
    expect(read.json().unread).toBe(mine.unread - 1);
    const stranger = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${mine.items[1].id}/read`,
      headers: bearer(other),
    });
    expect(stranger.statusCode).toBe(404);
    const all = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: bearer(ldp),
    });
    expect(all.json().unread).toBe(0);
  });
});
