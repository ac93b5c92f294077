import { QUESTION_STATUS_LABELS } from '@motcua/shared';

const count = (n: number) => n.toLocaleString('vi-VN');

/** Texts of the citizens' questions screen (part of `texts`, see ./vi.ts). */
export const viQuestions = {
  statuses: QUESTION_STATUS_LABELS,
  title: 'Hỏi đáp của công dân',
  intro: 'Câu hỏi công dân gửi đến đơn vị của bạn; câu hỏi chờ trả lời được xếp trước.',
  introSubtree:
    'Câu hỏi công dân gửi đến đơn vị của bạn và các đơn vị trực thuộc; câu hỏi chờ trả lời được xếp trước.',
  status: 'Trạng thái',
  allStatuses: 'Tất cả câu hỏi',
  listTitle: 'Danh sách câu hỏi',
  tableCaption: 'Câu hỏi của công dân, chờ trả lời trước, mới nhất trước',
  total: (n: number) => `${count(n)} câu hỏi`,
  empty: 'Chưa có câu hỏi nào gửi đến đơn vị.',
  emptyPending: 'Không còn câu hỏi nào chờ trả lời.',
  emptyAnswered: 'Chưa có câu hỏi nào đã trả lời.',
  showAll: 'Xem tất cả câu hỏi',
  pageEmpty: 'Trang này không còn câu hỏi nào.',
  question: 'Câu hỏi',
  asker: 'Người hỏi',
  unit: 'Đơn vị được hỏi',
  procedure: 'Thủ tục',
  procedureValue: (code: string, name: string | null) => (name ? `${code} — ${name}` : code),
  noProcedure: 'Không gắn với thủ tục cụ thể',
  askedAt: 'Hỏi lúc',
  actions: 'Thao tác',
  answer: 'Trả lời',
  answerOf: (title: string) => `Trả lời câu hỏi: ${title}`,
  view: 'Xem',
  viewOf: (title: string) => `Xem câu hỏi: ${title}`,
  /** The question's dialog. */
  dialog: {
    content: 'Nội dung câu hỏi',
    answer: 'Câu trả lời',
    answerHint: 'Trả lời rõ ràng, nêu căn cứ pháp lý nếu có. Tối thiểu 10 ký tự.',
    publishNote:
      'Câu trả lời được đăng công khai ngay trên Cổng dịch vụ công (không kèm tên người hỏi) và không sửa được sau khi gửi.',
    submit: 'Gửi câu trả lời',
    submitting: 'Đang gửi…',
    answered: (title: string) => `Đã trả lời và đăng công khai câu hỏi "${title}"`,
    answeredAt: (when: string) => `Trả lời lúc ${when}`,
    answeredBy: (name: string, when: string) => `${name} trả lời lúc ${when}`,
    conflict:
      'Câu hỏi vừa được cán bộ khác trả lời hoặc cập nhật. Nội dung mới nhất đã được tải lại bên dưới.',
    conflictGone:
      'Câu hỏi vừa được cán bộ khác trả lời hoặc cập nhật nên không gửi được câu trả lời của bạn. Danh sách đã được tải lại.',
  },
};
