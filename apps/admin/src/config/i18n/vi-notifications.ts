import type { NotificationKind } from '@motcua/shared';

const count = (n: number) => n.toLocaleString('vi-VN');

/** Texts of the notifications bell in the header (part of `texts`, see ./vi.ts). */
export const viNotifications = {
  button: (unread: number) =>
    unread > 0 ? `Thông báo, ${count(unread)} chưa đọc` : 'Thông báo, không có thông báo chưa đọc',
  title: 'Thông báo',
  unreadLine: (unread: number) => (unread > 0 ? `${count(unread)} chưa đọc` : 'Đã đọc hết'),
  empty: 'Không có thông báo',
  emptyHint:
    'Hồ sơ, phản ánh sắp đến hạn, quá hạn, yêu cầu của công dân về hồ sơ, câu hỏi và phản ánh gửi đến đơn vị sẽ được báo ở đây.',
  loadFailed: 'Không tải được thông báo.',
  kinds: {
    dossier_overdue: 'Quá hạn',
    dossier_due_soon: 'Sắp đến hạn',
    dossier_stop_requested: 'Xin dừng hồ sơ',
    dossier_supplemented: 'Đã bổ sung hồ sơ',
    question_asked: 'Câu hỏi mới',
    feedback_received: 'Phản ánh mới',
    feedback_approval: 'Chờ duyệt trả lời',
    feedback_due_soon: 'Phản ánh sắp đến hạn',
    feedback_overdue: 'Phản ánh quá hạn',
    report_period_issued: 'Đợt báo cáo mới',
    report_returned: 'Báo cáo bị trả lại',
    report_due_soon: 'Sắp hết hạn báo cáo',
  } satisfies Record<NotificationKind, string>,
  unread: 'Chưa đọc',
  markRead: 'Đánh dấu đã đọc',
  markReadOf: (title: string) => `Đánh dấu đã đọc: ${title}`,
  markAllRead: 'Đánh dấu tất cả đã đọc',
  markFailed: 'Không đánh dấu được thông báo. Vui lòng thử lại.',
  createdAt: (when: string) => `Lúc ${when}`,
};
