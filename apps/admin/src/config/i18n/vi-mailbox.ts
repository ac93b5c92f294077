import { OUTBOX_STATUS_LABELS, TRANSPORT_LABELS, type OutboxChannel } from '@motcua/shared';

const count = (n: number) => n.toLocaleString('vi-VN');

/**
 * Texts of the outgoing-mail screen (part of `texts`, see ./vi.ts). The contract's own labels (statuses,
 * transports) come from @motcua/shared so the API and the screen agree.
 */
export const viMailbox = {
  statuses: OUTBOX_STATUS_LABELS,
  transports: TRANSPORT_LABELS,
  channels: { email: 'Email', sms: 'SMS' } satisfies Record<OutboxChannel, string>,
  title: 'Hộp thư đi',
  intro:
    'Thư điện tử và tin nhắn SMS hệ thống gửi cho công dân và cán bộ. Khi chưa cấu hình máy chủ thư hoặc nhà cung cấp SMS, thư được giữ tại hộp thư nội bộ này.',
  filters: 'Bộ lọc hộp thư đi',
  search: 'Tìm kiếm',
  searchPlaceholder: 'Người nhận hoặc tiêu đề',
  status: 'Trạng thái',
  allStatuses: 'Tất cả trạng thái',
  channel: 'Kênh gửi',
  allChannels: 'Email và SMS',
  transport: 'Đường gửi',
  allTransports: 'Tất cả đường gửi',
  notSentYet: 'Chưa gửi',
  clearFilters: 'Xóa bộ lọc',
  listTitle: 'Thư đã gửi và chờ gửi',
  refresh: 'Làm mới',
  tableCaption: 'Thư đi, mới nhất trước',
  total: (n: number) => `${count(n)} thư`,
  empty: 'Chưa có thư nào được gửi.',
  emptyHint: 'Thư xác nhận, đặt lại mật khẩu, thông báo hồ sơ… sẽ xuất hiện ở đây ngay khi hệ thống gửi.',
  emptyFiltered: 'Không có thư nào khớp với bộ lọc.',
  pageEmpty: 'Trang này không còn thư nào.',
  createdAt: 'Thời gian',
  recipient: 'Người nhận',
  message: 'Nội dung',
  noSubject: 'Tin nhắn SMS',
  attempts: (n: number) => `${count(n)} lần gửi`,
  actions: 'Thao tác',
  read: 'Đọc',
  readOf: (subject: string) => `Đọc thư: ${subject}`,
  retry: 'Gửi lại',
  retryOf: (subject: string) => `Gửi lại thư: ${subject}`,
  retrying: 'Đang gửi lại…',
  retried: (recipient: string) => `Đã đưa thư gửi ${recipient} vào hàng đợi gửi lại`,
  retryFailed: 'Không gửi lại được thư.',
  retryNotAllowed: 'Thư không còn ở trạng thái gửi lỗi; danh sách đã được tải lại.',
  /** The reading dialog. */
  reader: {
    to: 'Đến',
    template: 'Mẫu thư',
    createdAt: 'Tạo lúc',
    sentAt: 'Gửi lúc',
    status: 'Trạng thái',
    transport: 'Đường gửi',
    attempts: 'Số lần gửi',
    lastError: 'Lỗi lần gửi gần nhất',
    body: 'Nội dung thư',
    emptyBody: 'Thư không có nội dung.',
    mailboxNote:
      'Chưa cấu hình máy chủ thư hoặc nhà cung cấp SMS: thư không rời hệ thống, chỉ đọc được tại đây.',
    pendingNote: 'Thư đang chờ gửi; trạng thái sẽ được cập nhật sau lần gửi tới.',
    failedNote: 'Thư chưa gửi được. Kiểm tra cấu hình gửi thư rồi bấm "Gửi lại".',
    opensInNewTab: '(mở trong thẻ mới)',
  },
};
