import { randomBytes } from 'node:crypto';
import { CLOSED_STATES } from '@motcua/shared';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { dossierEvents, dossiers, payments } from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import { conflict, notFound } from '../../lib/errors';
import type { CallbackOutcome, PaymentProvider } from './payments.sandbox';

export function createPaymentsService(db: Database, provider: PaymentProvider | undefined) {
  return {
    /** Starts an online payment of a dossier's fee for its owner; returns the gateway page to go to. */
    async start(citizenId: string, actor: Actor, dossierId: string) {
      if (!provider) throw conflict('Thanh toán trực tuyến chưa được cấu hình');
      return db.transaction(async (tx) => {
        const [dossier] = await tx.select().from(dossiers).where(eq(dossiers.id, dossierId));
        if (!dossier || dossier.citizenId !== citizenId) throw notFound('Không tìm thấy hồ sơ');
        if (!dossier.feeVnd) throw conflict('Hồ sơ không có phí, lệ phí phải nộp');
        if (dossier.paidAt) throw conflict('Hồ sơ đã được nộp phí');
        if (CLOSED_STATES.includes(dossier.state)) throw conflict('Hồ sơ đã kết thúc');
        const ref = `MC${Date.now().toString(36).toUpperCase()}${randomBytes(6).toString('hex').toUpperCase()}`;
        const [payment] = await tx
          .insert(payments)
          .values({
            dossierId,
            amountVnd: dossier.feeVnd,
            method: 'online',
            provider: provider.name,
            providerRef: ref,
            status: 'pending',
          })
          .returning();
        if (!payment) throw new Error('insert returned no row');
        await recordAudit(tx, actor, {
          action: 'payment.start',
          entityType: 'dossier',
          entityId: dossierId,
          details: { paymentId: payment.id },
        });
        const { redirectUrl } = provider.start({
          ref,
          amountVnd: dossier.feeVnd,
          description: `Phí, lệ phí hồ sơ ${dossier.code}`,
        });
        return { paymentId: payment.id, amountVnd: dossier.feeVnd, redirectUrl };
      });
    },

    /**
     * A gateway callback. Idempotent: a repeated callback of a settled payment changes nothing; an amount that does
     * not match is refused.
     */
    async settle(outcome: CallbackOutcome) {
      return db.transaction(async (tx) => {
        const [payment] = await tx.select().from(payments).where(eq(payments.providerRef, outcome.ref));
        if (!payment) throw notFound('Không tìm thấy giao dịch');
        if (payment.status !== 'pending') return { status: payment.status, duplicate: true };
        if (outcome.status === 'paid' && outcome.amountVnd !== payment.amountVnd)
          throw conflict('Số tiền không khớp giao dịch');
        const now = new Date();
        await tx
          .update(payments)
          .set(
            outcome.status === 'paid'
              ? { status: 'paid', paidAt: now }
              : { status: 'failed', failureReason: outcome.reason },
          )
          .where(eq(payments.id, payment.id));
        if (outcome.status === 'paid') {
          const [dossier] = await tx
            .update(dossiers)
            .set({ paidAt: now, version: sql`${dossiers.version} + 1`, updatedAt: now })
            .where(eq(dossiers.id, payment.dossierId))
            .returning();
          if (dossier) {
            await tx.insert(dossierEvents).values({
              dossierId: dossier.id,
              at: now,
              action: 'record_payment',
              fromState: dossier.state,
              toState: dossier.state,
              actorName: 'Cổng thanh toán',
              comment: `Thanh toán trực tuyến ${payment.amountVnd.toLocaleString('vi-VN')} đồng`,
              details: { paymentId: payment.id, provider: payment.provider },
            });
          }
        }
        await recordAudit(
          tx,
          { type: 'system', id: null, requestId: outcome.ref },
          {
            action: `payment.${outcome.status}`,
            entityType: 'dossier',
            entityId: payment.dossierId,
            details: { paymentId: payment.id },
          },
        );
        return { status: outcome.status, duplicate: false };
      });
    },

    async findByRef(ref: string) {
      const [row] = await db
        .select({ payment: payments, code: dossiers.code })
        .from(payments)
        .innerJoin(dossiers, eq(dossiers.id, payments.dossierId))
        .where(eq(payments.providerRef, ref));
      return row;
    },
  };
}
