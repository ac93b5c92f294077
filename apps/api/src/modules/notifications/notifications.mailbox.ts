import { type OutboxMessage, type OutboxQuerySchema, toVnIso } from '@motcua/shared';
import { and, count, desc, eq, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/client';
import { outbox } from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import { conflict, forbidden, notFound } from '../../lib/errors';
import { likeEscape } from '../../lib/sql';
import { requireScope, type Officer } from '../../plugins/auth';
import { pageOf } from '../../lib/paging';

function toMessage(row: typeof outbox.$inferSelect): OutboxMessage {
  const payload = row.payload as { subject?: string; text?: string };
  return {
    id: row.id,
    channel: row.channel,
    recipient: row.recipient,
    template: row.template,
    subject: payload.subject ?? '',
    text: payload.text ?? '',
    status: row.status,
    transport: row.transport,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: toVnIso(row.createdAt),
    sentAt: row.sentAt ? toVnIso(row.sentAt) : null,
  };
}

/** Messages go to citizens and officers of every province: only a root unit's administrator reads them. */
function requireNational(officer: Officer) {
  requireScope(officer, 'outbox.read');
  if (officer.unitPath.split('/').filter(Boolean).length !== 1) {
    throw forbidden('Chỉ quản trị hệ thống cấp trung ương xem hộp thư đi');
  }
}

/** The delivery log of e-mails and SMS, which is also the local mailbox when no provider is configured. */
export function createOutboxService(db: Database) {
  return {
    async list(officer: Officer, query: z.output<typeof OutboxQuerySchema>) {
      requireNational(officer);
      const where = and(
        query.status ? eq(outbox.status, query.status) : undefined,
        query.channel ? eq(outbox.channel, query.channel) : undefined,
        query.transport ? eq(outbox.transport, query.transport) : undefined,
        query.q
          ? or(
              sql`${outbox.recipient} like ${`%${likeEscape(query.q.toLowerCase())}%`}`,
              sql`f_unaccent(${outbox.payload}->>'subject') like '%' || f_unaccent(${likeEscape(query.q)}) || '%'`,
            )
          : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(outbox)
          .where(where)
          .orderBy(desc(outbox.createdAt), desc(outbox.id))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        db.select({ n: count() }).from(outbox).where(where),
      ]);
      return pageOf(rows.map(toMessage), total?.n ?? 0, query);
    },

    /** Puts a message that failed for good back in the queue, for one more round of attempts. */
    async retry(officer: Officer, actor: Actor, id: string) {
      requireNational(officer);
      return db.transaction(async (tx) => {
        const [row] = await tx.select().from(outbox).where(eq(outbox.id, id));
        if (!row) throw notFound('Không tìm thấy thư');
        if (row.status !== 'failed') throw conflict('Chỉ gửi lại thư đã gửi lỗi');
        const [updated] = await tx
          .update(outbox)
          .set({ status: 'pending', attempts: 0, nextAttemptAt: new Date() })
          .where(and(eq(outbox.id, id), eq(outbox.status, 'failed')))
          .returning();
        if (!updated) throw conflict('Thư vừa được gửi lại');
        await recordAudit(tx, actor, { action: 'outbox.retry', entityType: 'outbox', entityId: id });
        return toMessage(updated);
      });
    },
  };
}
