import type { OutboxChannel, Transport } from '@motcua/shared';
import { eq, inArray, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Config } from '../../config/config';
import type { Database } from '../../db/client';
import { outbox } from '../../db/schema';

export type OutgoingMessage = { recipient: string; subject: string; text: string };

/** Sends one message or throws; a provider of e-mail or SMS. */
export type Sender = { transport: Transport; send(message: OutgoingMessage): Promise<void> };

/**
 * An SMS gateway reached over HTTP: `POST {url}` with `{"to", "text"}` and a bearer token, any 2xx is accepted.
 * Vietnamese SMS brand-name providers sit behind such a gateway; another provider is another `Sender`.
 */
export function httpSmsSender(url: string, token: string | undefined): Sender {
  return {
    transport: 'sms_provider',
    async send({ recipient, text }) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ to: recipient, text }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) throw new Error(`SMS provider answered ${response.status}`);
    },
  };
}

export function smtpSender(url: string, from: string): Sender {
  const transporter = nodemailer.createTransport(url);
  return {
    transport: 'smtp',
    async send({ recipient, subject, text }) {
      await transporter.sendMail({ from, to: recipient, subject, text });
    },
  };
}

/** The configured providers; a channel without one delivers into the local mailbox that admins read. */
export function sendersFromConfig(config: Config): Partial<Record<OutboxChannel, Sender>> {
  return {
    ...(config.smtpUrl ? { email: smtpSender(config.smtpUrl, config.mailFrom) } : {}),
    ...(config.smsUrl ? { sms: httpSmsSender(config.smsUrl, config.smsToken) } : {}),
  };
}

/** Waits after a failed attempt: 1 min, 5 min, 15 min, 1 h, 6 h; then the message is marked failed. */
const BACKOFF_MINUTES = [1, 5, 15, 60, 360];
/** A claimed message not settled within this time (the process died mid-send) is claimed again. */
const LEASE_MINUTES = 5;

type Row = typeof outbox.$inferSelect;

/**
 * Delivers the outbox. Each batch is claimed with `FOR UPDATE SKIP LOCKED` and leased for a few minutes, so that
 * several instances never send the same message at once and a message claimed by a process that died is sent
 * after the lease. Sending happens outside any transaction.
 */
export function createDelivery(db: Database, senders: Partial<Record<OutboxChannel, Sender>>) {
  function claim(limit: number): Promise<Row[]> {
    return db
      .update(outbox)
      .set({
        attempts: sql`${outbox.attempts} + 1`,
        nextAttemptAt: sql`now() + make_interval(mins => ${LEASE_MINUTES})`,
      })
      .where(
        inArray(
          outbox.id,
          sql`(select id from ${outbox} where status = 'pending' and next_attempt_at <= now()
               order by next_attempt_at limit ${limit} for update skip locked)`,
        ),
      )
      .returning();
  }

  async function settle(id: string, values: Partial<typeof outbox.$inferInsert>) {
    await db.update(outbox).set(values).where(eq(outbox.id, id));
  }

  return {
    /** Sends what is due; returns how many were sent, will be retried, or failed for good. */
    async deliverDue(limit = 50) {
      const counts = { sent: 0, retrying: 0, failed: 0 };
      for (const row of await claim(limit)) {
        const payload = row.payload as { subject?: string; text?: string };
        const sender = senders[row.channel];
        try {
          await sender?.send({
            recipient: row.recipient,
            subject: payload.subject ?? '',
            text: payload.text ?? '',
          });
          await settle(row.id, {
            status: 'sent',
            transport: sender?.transport ?? 'mailbox',
            sentAt: new Date(),
            lastError: null,
          });
          counts.sent++;
        } catch (error) {
          const wait = BACKOFF_MINUTES[row.attempts - 1];
          const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
          if (wait === undefined) {
            await settle(row.id, { status: 'failed', lastError });
            counts.failed++;
          } else {
            await settle(row.id, { lastError, nextAttemptAt: new Date(Date.now() + wait * 60_000) });
            counts.retrying++;
          }
        }
      }
      return counts;
    },
  };
}
