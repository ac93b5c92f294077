import { FEEDBACK_STATUS_LABELS, type FeedbackEvent } from '@motcua/shared';
import type { Executor } from '../../db/client';
import type { feedback, feedbackEvents } from '../../db/schema';
import { contactOf, enqueue } from '../notifications/notifications.outbox';

/** Where the sender follows their feedback; the access key is never sent again, only the code. */
export function trackingLink(publicUrl: string, code: string) {
  return `${publicUrl}/phan-anh/${encodeURIComponent(code)}`;
}

const NEWS: Partial<
  Record<FeedbackEvent, (f: typeof feedback.$inferSelect, note: string | null) => string[]>
> = {
  forward: () => ['Phản ánh, kiến nghị của bạn đã được chuyển đến đơn vị có thẩm quyền xử lý.'],
  transfer: (_f, note) => [
    'Phản ánh, kiến nghị của bạn đã được chuyển đến cơ quan có thẩm quyền.',
    note ?? '',
  ],
  return: (_f, note) => ['Phản ánh, kiến nghị của bạn đã được chuyển về Văn phòng Chính phủ.', note ?? ''],
  refuse: (f) => ['Phản ánh, kiến nghị của bạn không được tiếp nhận.', `Lý do: ${f.refusalReason ?? ''}`],
  request_info: (f) => [
    'Cơ quan xử lý đề nghị bạn bổ sung thông tin:',
    f.infoRequest ?? '',
    'Bổ sung bằng đường dẫn riêng bạn nhận được khi gửi phản ánh.',
  ],
  publish: () => ['Phản ánh, kiến nghị của bạn đã được trả lời và công khai.'],
};

/**
 * Tells the sender of a change that concerns them, through the outbox in the caller's transaction (once per
 * event). Internal steps (drafts, opinions, approvals) are not news to the sender.
 */
export async function tellSender(
  tx: Executor,
  publicUrl: string,
  f: typeof feedback.$inferSelect,
  event: typeof feedbackEvents.$inferSelect,
) {
  const lines = NEWS[event.event]?.(f, event.comment);
  const contact = contactOf({ email: f.senderEmail, phone: f.senderPhone });
  if (!lines || !contact) return;
  await enqueue(tx, {
    ...contact,
    template: `feedback_${event.event}`,
    subject: `Phản ánh ${f.code}: ${FEEDBACK_STATUS_LABELS[f.status]}`,
    text: [...lines.filter(Boolean), `Theo dõi: ${trackingLink(publicUrl, f.code)}`].join('\n'),
    dedupeKey: `feedback-event:${event.id}`,
  });
}
