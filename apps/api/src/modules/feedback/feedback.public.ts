import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  FEEDBACK_LIMITS,
  formatVnDate,
  maskPersonalData,
  PUBLIC_FEEDBACK_EVENTS,
  toVnIso,
  vnDate,
  type FeedbackRate,
  type FeedbackSubmitSchema,
  type FeedbackSupplementSchema,
  type PublishedFeedbackQuerySchema,
} from '@motcua/shared';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/client';
import { units } from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import type { Captcha } from '../../lib/captcha';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { ACCEPTED_TYPES, TEMPLATE_TYPES, type FileStore } from '../../lib/files';
import { enqueue, contactOf, notifyOfficers } from '../notifications/notifications.outbox';
import {
  AGENCY_ROLES,
  createFeedbackRepository,
  HANDLER_ROLES,
  type FeedbackRow,
} from './feedback.repository';
import { trackingLink } from './feedback.news';
import { feedbackCalendar, searchTextOf, startClock } from './feedback.service';
import { pageOf } from '../../lib/paging';

/** What a citizen may attach: scans and photos, or a Word document. */
const ATTACHMENT_TYPES = new Map([
  ...ACCEPTED_TYPES,
  ...[...TEMPLATE_TYPES].filter(([, ext]) => ext === 'docx'),
]);
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function newCode(): string {
  const bytes = randomBytes(10);
  return `PA-${[...bytes].map((b) => CROCKFORD[b % 32]).join('')}`;
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function keyMatches(key: string, hash: string): boolean {
  const given = Buffer.from(hashKey(key), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

function answerOf(
  row: FeedbackRow,
  document: { id: string; name: string; size: number; mime: string } | null,
) {
  const f = row.feedback;
  if (f.status !== 'published' || !f.publishedAt || !f.answer) return null;
  return {
    text: f.answer,
    unitName: row.handlingName ?? row.receivingName,
    publishedAt: toVnIso(f.publishedAt),
    document,
  };
}

export function createFeedbackPublicService(
  db: Database,
  files: FileStore,
  captcha: Captcha,
  publicUrl: string,
) {
  const repo = createFeedbackRepository(db);

  async function documentOf(row: FeedbackRow) {
    const id = row.feedback.answerFileId;
    const file = id ? await repo.file(id) : undefined;
    return file ? { id: file.id, name: file.name, size: file.size, mime: file.mime } : null;
  }

  async function tracking(row: FeedbackRow) {
    const f = row.feedback;
    const published = f.status === 'published';
    const events = await repo.events(f.id);
    return {
      code: f.code,
      category: f.category,
      title: f.title,
      status: f.status,
      unitName: row.handlingName ?? row.receivingName,
      submittedAt: toVnIso(f.createdAt),
      infoRequest: f.status === 'awaiting_info' ? f.infoRequest : null,
      refusalReason: f.refusalReason,
      content: published ? maskPersonalData(f.content) : null,
      answer: answerOf(row, published ? await documentOf(row) : null),
      rating: f.rating,
      timeline: events
        .filter(({ event }) => PUBLIC_FEEDBACK_EVENTS.includes(event.event))
        .map(({ event, unitName }) => ({
          event: event.event,
          at: toVnIso(event.createdAt),
          unitName,
          // The sender reads why it was refused, what is missing and where it went; not the internal notes.
          note: ['refuse', 'request_info', 'transfer', 'return'].includes(event.event) ? event.comment : null,
        })),
    };
  }

  async function byCode(code: string) {
    const row = await repo.findByCode(code);
    if (!row) throw notFound('Không tìm thấy phản ánh với mã này');
    return row;
  }

  return {
    async agencies() {
      const rows = await repo.acceptingUnits(db, AGENCY_ROLES);
      return { items: rows.map(({ id, name, level }) => ({ id, name, level })) };
    },

    /** Stages one attachment before the submission; the sender must have solved the captcha first. */
    async upload(
      captchaPayload: string | undefined,
      read: () => Promise<{ bytes: Buffer; filename: string }>,
    ) {
      await captcha.verify(captchaPayload, 'captcha');
      const { bytes, filename } = await read();
      if (bytes.length > FEEDBACK_LIMITS.attachmentBytes) {
        throw new AppError(413, 'validation_failed', 'Tệp quá lớn', 'Mỗi tệp đính kèm tối đa 10 MB.', {
          errors: [{ field: 'file', message: 'Mỗi tệp đính kèm tối đa 10 MB' }],
        });
      }
      const stored = await files.save(bytes, filename, ATTACHMENT_TYPES);
      const row = await repo.stage(db, { ...stored, kind: 'citizen' });
      return { token: row.id, name: row.name, size: row.size, mime: row.mime };
    },

    async submit(actor: Actor, input: z.output<typeof FeedbackSubmitSchema>) {
      const [unit] = await db.select().from(units).where(eq(units.id, input.unitId));
      const accepting = unit ? (await this.agencies()).items.some((a) => a.id === unit.id) : false;
      if (!unit || !accepting) throw invalid('body.unitId', 'Chọn cơ quan tiếp nhận phản ánh');
      const accessKey = randomBytes(24).toString('base64url');
      return db.transaction(async (tx) => {
        await captcha.verify(input.captcha, 'body.captcha', { spend: tx });
        const now = new Date();
        const calendar = await feedbackCalendar(tx, now);
        const values = {
          category: input.category,
          title: input.title,
          content: input.content,
          searchText: '',
          procedureCode: input.procedureCode,
          dossierCode: input.dossierCode,
          senderName: input.sender.fullName,
          senderEmail: input.sender.email,
          senderPhone: input.sender.phone,
          senderAddress: input.sender.address,
          consentAt: now,
          accessKeyHash: hashKey(accessKey),
          receivingUnitId: unit.id,
          ...startClock(calendar, now),
        };
        let row;
        // A clash of random codes is rare; draw again rather than fail the sender.
        for (let attempt = 0; !row && attempt < 5; attempt++) {
          const code = newCode();
          row = await repo.insert(tx, {
            ...values,
            code,
            searchText: searchTextOf({ ...values, code, answer: null }),
          });
        }
        if (!row) throw new Error('could not draw a free feedback code');
        const claimed = await repo.claim(tx, row.id, input.attachments, 'citizen');
        if (claimed !== new Set(input.attachments).size) {
          throw invalid('body.attachments', 'Tệp đính kèm đã hết hạn hoặc đã được dùng, hãy tải lên lại');
        }
        await repo.addEvent(tx, { feedbackId: row.id, event: 'submitted', toStatus: 'new', unitId: unit.id });
        await notifyOfficers(
          tx,
          { unitId: unit.id, roles: HANDLER_ROLES },
          {
            kind: 'feedback_received',
            subjectId: row.id,
            title: 'Phản ánh, kiến nghị mới',
            body: `${row.code} — ${row.title}`,
            link: `/admin/feedback/${row.id}`,
          },
        );
        const contact = contactOf({ email: row.senderEmail, phone: row.senderPhone });
        if (contact) {
          await enqueue(tx, {
            ...contact,
            template: 'feedback_submitted',
            subject: `Đã nhận phản ánh ${row.code}`,
            text: [
              `${unit.name} đã nhận phản ánh, kiến nghị "${row.title}" ngày ${formatVnDate(vnDate(now))}.`,
              `Mã phản ánh: ${row.code}`,
              `Theo dõi, bổ sung thông tin và đánh giá trả lời: ${trackingLink(publicUrl, row.code)}#k=${accessKey}`,
            ].join('\n'),
            dedupeKey: `feedback:${row.id}:submitted`,
          });
        }
        await recordAudit(tx, actor, {
          action: 'feedback.submit',
          entityType: 'feedback',
          entityId: row.id,
          unitId: unit.id,
          details: { attachments: claimed },
        });
        return { code: row.code, accessKey };
      });
    },

    async track(code: string) {
      return tracking(await byCode(code));
    },

    /** The sender answers a request for more information: appended to the same feedback, under the same code. */
    async supplement(actor: Actor, code: string, input: z.output<typeof FeedbackSupplementSchema>) {
      await db.transaction(async (tx) => {
        const f = await repo.lockByCode(tx, code);
        if (!f) throw notFound('Không tìm thấy phản ánh với mã này');
        if (!keyMatches(input.accessKey, f.accessKeyHash)) throw forbidden('Mã truy cập không đúng');
        if (f.status !== 'awaiting_info' || !f.resumeStatus) {
          throw conflict('Cơ quan xử lý không đề nghị bổ sung thông tin cho phản ánh này');
        }
        const content = `${f.content}\n\n— Bổ sung ngày ${formatVnDate(vnDate(new Date()))}: ${input.content}`;
        const updated = await repo.update(tx, f.id, f.version, {
          status: f.resumeStatus,
          resumeStatus: null,
          infoRequest: null,
          content,
          searchText: searchTextOf({ ...f, content }),
        });
        if (!updated) throw new Error('a locked row changed');
        const claimed = await repo.claim(tx, f.id, input.attachments, 'supplement');
        if (claimed !== new Set(input.attachments).size) {
          throw invalid('body.attachments', 'Tệp đính kèm đã hết hạn hoặc đã được dùng, hãy tải lên lại');
        }
        await repo.addEvent(tx, {
          feedbackId: f.id,
          event: 'supplemented',
          fromStatus: 'awaiting_info',
          toStatus: f.resumeStatus,
          comment: input.content,
        });
        const holder =
          f.resumeStatus === 'processing' && f.handlingUnitId ? f.handlingUnitId : f.receivingUnitId;
        await notifyOfficers(
          tx,
          { unitId: holder, roles: HANDLER_ROLES },
          {
            kind: 'feedback_received',
            subjectId: f.id,
            title: 'Công dân đã bổ sung thông tin',
            body: `${f.code} — ${f.title}`,
            link: `/admin/feedback/${f.id}`,
          },
        );
        await recordAudit(tx, actor, {
          action: 'feedback.supplement',
          entityType: 'feedback',
          entityId: f.id,
          unitId: holder,
          details: { attachments: claimed },
        });
      });
      return tracking(await byCode(code));
    },

    async rate(actor: Actor, code: string, input: FeedbackRate) {
      await db.transaction(async (tx) => {
        const f = await repo.lockByCode(tx, code);
        if (!f) throw notFound('Không tìm thấy phản ánh với mã này');
        if (!keyMatches(input.accessKey, f.accessKeyHash)) throw forbidden('Mã truy cập không đúng');
        if (f.status !== 'published') throw conflict('Chỉ đánh giá được khi câu trả lời đã công khai');
        if (f.rating) throw conflict('Bạn đã đánh giá câu trả lời này');
        const rated = await repo.update(tx, f.id, f.version, { rating: input.rating, ratedAt: new Date() });
        if (!rated) throw new Error('a locked row changed');
        await repo.addEvent(tx, { feedbackId: f.id, event: 'rated', comment: null });
        await recordAudit(tx, actor, {
          action: 'feedback.rate',
          entityType: 'feedback',
          entityId: f.id,
          details: { rating: input.rating },
        });
      });
      return tracking(await byCode(code));
    },

    /** Published answers; the sender is never shown and personal data typed into the content is masked. */
    async published(query: z.output<typeof PublishedFeedbackQuerySchema>) {
      const { rows, total } = await repo.published(query);
      const items = await Promise.all(
        rows.map(async (row) => {
          const answer = answerOf(row, await documentOf(row));
          if (!answer) throw new Error('a published feedback without an answer');
          return {
            code: row.feedback.code,
            category: row.feedback.category,
            title: row.feedback.title,
            content: maskPersonalData(row.feedback.content),
            submittedAt: toVnIso(row.feedback.createdAt),
            answer,
            rating: row.feedback.rating,
          };
        }),
      );
      return pageOf(items, total, query);
    },

    async answerDocument(code: string) {
      const row = await byCode(code);
      const document = row.feedback.status === 'published' ? await documentOf(row) : null;
      const file = document ? await repo.file(document.id) : undefined;
      if (!file) throw notFound('Phản ánh chưa có văn bản trả lời công khai');
      return { file, bytes: await files.read(file.storageKey) };
    },
  };
}
