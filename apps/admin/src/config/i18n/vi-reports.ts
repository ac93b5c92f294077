import {
  PERIOD_KIND_LABELS,
  PERIOD_STATUS_LABELS,
  REPORT_ACTION_LABELS,
  REPORT_HISTORY_LABELS,
  REPORT_STATUS_LABELS,
  type ReportStatus,
} from '@motcua/shared';

const count = (n: number) => n.toLocaleString('vi-VN');

/** Texts of the M&E reporting screens (báo cáo, domain §7; part of `texts`, see ./vi.ts). */
export const viReports = {
  kinds: PERIOD_KIND_LABELS,
  periodStatuses: PERIOD_STATUS_LABELS,
  statuses: REPORT_STATUS_LABELS,
  actions: REPORT_ACTION_LABELS,
  historyActions: REPORT_HISTORY_LABELS,

  nav: 'Báo cáo',
  title: 'Báo cáo',
  intro:
    'Đợt báo cáo tình hình, kết quả giải quyết thủ tục hành chính: nhập số liệu, duyệt và gửi cấp trên, theo dõi đơn vị cấp dưới.',

  /** The list of periods. */
  periods: {
    listTitle: 'Đợt báo cáo',
    caption: 'Đợt báo cáo, mới nhất trước',
    total: (n: number) => `${count(n)} đợt`,
    refresh: 'Làm mới',
    empty: 'Chưa có đợt báo cáo nào.',
    emptyApprover: 'Chưa có đợt báo cáo nào. Tạo một đợt để các đơn vị cấp dưới nhập số liệu.',
    columns: {
      name: 'Đợt báo cáo',
      issuer: 'Đơn vị ban hành',
      window: 'Kỳ số liệu',
      deadline: 'Hạn nhập',
      status: 'Trạng thái',
      actions: 'Thao tác',
    },
    forms: (n: number) => `${count(n)} biểu mẫu`,
    create: 'Tạo đợt báo cáo',
    issue: 'Ban hành',
    close: 'Đóng đợt',
    issueOf: (name: string) => `Ban hành ${name}`,
    closeOf: (name: string) => `Đóng đợt ${name}`,
    issueTitle: 'Ban hành đợt báo cáo',
    issueText: (name: string) =>
      `Ban hành "${name}"? Các đơn vị cấp dưới được thông báo và bắt đầu nhập số liệu. Sau khi ban hành, kỳ số liệu và biểu mẫu không thay đổi được.`,
    closeTitle: 'Đóng đợt báo cáo',
    closeText: (name: string) =>
      `Đóng "${name}"? Sau khi đóng, không đơn vị nào nhập, gửi hay duyệt số liệu được nữa (trừ biểu mẫu được mở lại).`,
    issued: (name: string) => `Đã ban hành ${name}`,
    closed: (name: string) => `Đã đóng ${name}`,
    conflict: 'Đợt báo cáo vừa được thay đổi. Danh sách đã được tải lại; kiểm tra rồi thử lại.',
  },

  /** The dialog that drafts a period. */
  create: {
    title: 'Tạo đợt báo cáo',
    description:
      'Đợt báo cáo được lưu ở dạng dự thảo; các đơn vị cấp dưới chỉ thấy và nhập số liệu sau khi đợt được ban hành.',
    name: 'Tên đợt báo cáo',
    namePlaceholder: 'Ví dụ: Báo cáo quý III năm 2026',
    kind: 'Loại kỳ báo cáo',
    year: 'Năm',
    yearInvalid: 'Nhập năm gồm 4 chữ số, từ 2000 đến 2100',
    window: 'Kỳ số liệu',
    from: 'Số liệu từ ngày',
    to: 'Đến hết ngày',
    windowHint:
      'Tính sẵn theo kỳ thường dùng (từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ); có thể sửa.',
    customHint: 'Chọn ngày bắt đầu và kết thúc của kỳ số liệu.',
    dateRequired: 'Chọn ngày',
    deadline: 'Hạn nhập số liệu',
    deadlineHint: 'Đơn vị gửi số liệu lên sau ngày này được đánh dấu trễ hạn.',
    forms: 'Biểu mẫu báo cáo',
    formsHint: 'Phiên bản mới nhất của mỗi biểu mẫu.',
    formVersion: (code: string, version: number) => `${code} · phiên bản ${version}`,
    formsLoading: 'Đang tải danh sách biểu mẫu…',
    formsFailed: 'Không tải được danh sách biểu mẫu.',
    submit: 'Tạo đợt báo cáo',
    submitting: 'Đang tạo…',
    created: (name: string) => `Đã tạo ${name} (dự thảo)`,
  },

  /** One period: its forms for the officer's unit and the progress of the units under it. */
  period: {
    back: 'Danh sách đợt báo cáo',
    issuer: 'Đơn vị ban hành',
    window: 'Kỳ số liệu',
    windowValue: (from: string, to: string) => `Từ ngày ${from} đến ngày ${to}`,
    deadline: 'Hạn nhập số liệu',
    kind: 'Loại kỳ',
    draftNote:
      'Đợt báo cáo đang là dự thảo: chỉ đơn vị ban hành nhìn thấy. Ban hành để các đơn vị cấp dưới nhập số liệu.',
    closedNote: 'Đợt báo cáo đã đóng: số liệu chỉ còn để xem và tải về.',
    ownTitle: (unit: string) => `Biểu mẫu của ${unit}`,
    ownIntro: 'Số liệu của đơn vị bạn trong đợt này.',
    ownEmpty: 'Đợt báo cáo không có biểu mẫu nào.',
    statusUnknown: 'Chưa tải được trạng thái',
    boardTitle: 'Tiến độ của đơn vị cấp dưới',
    boardIntro: 'Trạng thái báo cáo của các đơn vị trực thuộc; chọn tên đơn vị để xem và duyệt số liệu.',
    boardCaption: 'Tiến độ báo cáo của đơn vị cấp dưới theo biểu mẫu',
    boardFiltered: 'Không có đơn vị nào khớp với bộ lọc.',
    countsLabel: 'Số biểu mẫu theo trạng thái',
    timelinessLabel: 'Đúng hạn, trễ hạn',
    showAll: 'Bỏ lọc',
    unit: 'Đơn vị',
    submittedAt: 'Gửi lúc',
    timeliness: {
      on_time: 'Đúng hạn',
      late: 'Trễ hạn',
      open: 'Chưa đến hạn',
    },
    counts: {
      onTime: 'Gửi đúng hạn',
      late: 'Trễ hạn',
      open: 'Chưa gửi, còn hạn',
    },
    refresh: 'Làm mới',
  },

  /** The form page. */
  form: {
    back: (period: string) => `Về ${period}`,
    formNo: (code: string) => `Biểu số ${code}`,
    version: (n: number) => `phiên bản ${n}`,
    reportingUnit: 'Đơn vị báo cáo',
    receivingUnit: 'Đơn vị nhận báo cáo',
    period: 'Kỳ báo cáo',
    periodValue: (name: string, from: string, to: string) =>
      `${name} (số liệu từ ngày ${from} đến ngày ${to})`,
    deadline: 'Hạn nhập số liệu',
    status: 'Trạng thái',
    exportExcel: 'Tải Excel',
    exportPdf: 'Tải PDF',
    exporting: 'Đang tải…',
    exported: (name: string) => `Đã tải ${name}`,
    exportFailed: 'Không tải được tệp',
    returnReason: 'Lý do trả lại',
    periodDraft: 'Đợt báo cáo chưa ban hành: chưa nhập số liệu được.',
    periodClosed: 'Đợt báo cáo đã đóng: số liệu chỉ còn để xem và tải về.',
    /** Said in place of the buttons when the officer has nothing to do on the form in its state. */
    waiting: {
      not_started: 'Đang chờ cán bộ nhập liệu của đơn vị nhập số liệu và gửi lãnh đạo duyệt.',
      in_entry: 'Đang chờ cán bộ nhập liệu của đơn vị nhập số liệu và gửi lãnh đạo duyệt.',
      returned: 'Biểu mẫu đã bị trả lại: đang chờ cán bộ nhập liệu sửa và gửi lại.',
      awaiting_leader:
        'Đã gửi lãnh đạo đơn vị: đang chờ duyệt. Số liệu không sửa được cho đến khi bị trả lại.',
      submitted: 'Đã gửi cấp trên: đang chờ cấp trên duyệt. Số liệu không sửa được cho đến khi bị trả lại.',
      accepted: 'Cấp trên đã duyệt: số liệu đã khóa.',
    } satisfies Record<ReportStatus, string>,
    actionsLabel: 'Thao tác với biểu mẫu',
    gridTitle: 'Số liệu',
    missingTitle: 'Đơn vị cấp dưới chưa được duyệt',
    missingIntro:
      'Số liệu của các đơn vị này chưa được cộng vào báo cáo của đơn vị. Chọn tên đơn vị để xem biểu mẫu của họ.',
    missingNone: 'Tất cả đơn vị cấp dưới đã được duyệt.',
    historyTitle: 'Lịch sử xử lý',
    historyEmpty: 'Biểu mẫu chưa có thao tác nào.',
    historyFailed: 'Không tải được lịch sử xử lý.',
    unsavedTitle: 'Rời trang khi chưa lưu?',
    unsavedText: 'Số liệu vừa nhập chưa được lưu và sẽ mất nếu rời trang.',
    unsavedLeave: 'Rời trang',
    reload: 'Tải lại biểu mẫu',
  },

  /** The grid of figures. */
  grid: {
    caption: (code: string, unit: string) => `Biểu số ${code} của ${unit}`,
    regionLabel: 'Bảng số liệu (cuộn ngang để xem đủ các cột)',
    no: 'STT',
    rowHeader: {
      fields: 'Lĩnh vực',
      units: 'Đơn vị',
      levels: 'Cấp thực hiện',
    } as Record<string, string>,
    ownSection: 'I. Số liệu của đơn vị',
    childrenSection: 'II. Tổng hợp từ đơn vị cấp dưới (đã được duyệt)',
    totalsSection: 'III. Tổng cộng (đơn vị và cấp dưới)',
    sectionTotal: 'Cộng',
    grandTotal: 'Tổng cộng',
    noRows: 'Chưa có số liệu.',
    noChildren: 'Chưa có đơn vị cấp dưới nào được duyệt.',
    allRows: 'Hiện cả dòng không có số liệu',
    system: 'HT',
    systemFull: (n: string) => `Số liệu hệ thống: ${n}`,
    difference: (delta: string) => `lệch ${delta}`,
    differenceFull: (entered: string, system: string) =>
      `Khác số liệu hệ thống: đã nhập ${entered}, hệ thống ${system}`,
    legendSystem:
      'HT: số liệu hệ thống tính từ hồ sơ, phản ánh của đơn vị trong kỳ. Ô nền vàng có chữ "lệch" là ô có số liệu khác số liệu hệ thống.',
    legendComputed: 'Ô nền xám là tổng tự tính, không nhập.',
    legendKeys: 'Enter hoặc phím mũi tên lên, xuống để chuyển dòng.',
    notANumber: 'Nhập số nguyên không âm',
    tooLarge: 'Số quá lớn',
    cellError: (column: string, message: string) => `${column}: ${message}`,
  },

  /** Entry: saving, sending, taking the system's figures. */
  entry: {
    save: 'Lưu',
    saving: 'Đang lưu…',
    saved: 'Đã lưu số liệu',
    unsaved: 'Có thay đổi chưa lưu',
    allSaved: 'Đã lưu mọi thay đổi',
    send: REPORT_ACTION_LABELS.send_to_leader,
    takeSystem: 'Lấy số liệu hệ thống',
    takeSystemHint: 'Chép số liệu hệ thống vào các ô tương ứng; chưa lưu cho đến khi bấm "Lưu".',
    takeSystemTitle: 'Lấy số liệu hệ thống',
    takeSystemText: (n: number) =>
      `${count(n)} ô đã nhập khác số liệu hệ thống sẽ được thay bằng số liệu hệ thống. Tiếp tục?`,
    takeSystemConfirm: 'Thay bằng số liệu hệ thống',
    tookSystem: 'Đã lấy số liệu hệ thống vào biểu mẫu. Bấm "Lưu" để lưu lại.',
    noSystem: 'Hệ thống chưa có số liệu nào của đơn vị trong kỳ này.',
    differencesTitle: (n: number) => `${count(n)} ô nhập khác số liệu hệ thống`,
    differencesNone: 'Số liệu khớp với số liệu hệ thống.',
    differencesIntro:
      'Chỉ số đánh giá chất lượng phục vụ trừ điểm khi số liệu báo cáo khác số liệu trên hệ thống. Kiểm tra lại hoặc ghi rõ lý do khi gửi.',
    differenceLine: (cell: string, entered: string, system: string) =>
      `${cell}: đã nhập ${entered}, hệ thống ${system}`,
    errorsTitle: (n: number) => `${count(n)} ô cần sửa trước khi gửi`,
    sendTitle: 'Gửi lãnh đạo duyệt',
    sendText:
      'Gửi số liệu cho lãnh đạo đơn vị duyệt? Sau khi gửi, số liệu không sửa được cho đến khi bị trả lại.',
    sendSavesFirst: 'Các thay đổi chưa lưu sẽ được lưu trước khi gửi.',
    sendDifferences: (n: number) => `Lưu ý: còn ${count(n)} ô khác số liệu hệ thống.`,
    sent: 'Đã gửi lãnh đạo duyệt',
    sendBlocked: 'Sửa các ô được đánh dấu rồi gửi lại.',
    locked:
      'Biểu mẫu vừa thay đổi trạng thái hoặc được người khác lưu. Tải lại biểu mẫu để xem số liệu mới nhất (số liệu chưa lưu trên màn hình sẽ mất).',
  },

  /** Approving, returning, accepting, reopening. */
  review: {
    approveText:
      'Duyệt số liệu của đơn vị và gửi lên cấp trên? Số liệu được khóa; cấp trên có thể duyệt hoặc trả lại.',
    approveTopText: 'Duyệt số liệu của đơn vị? Số liệu được khóa và là số liệu chính thức của đợt báo cáo.',
    acceptText: (unit: string) => `Duyệt báo cáo của ${unit}? Số liệu được cộng vào báo cáo của đơn vị bạn.`,
    reason: 'Lý do',
    reasonHint: 'Nêu rõ ô, số liệu cần kiểm tra để đơn vị sửa và gửi lại.',
    reopen: 'Mở lại',
    reopenTitle: 'Mở lại biểu mẫu',
    reopenText: (unit: string) =>
      `Mở lại biểu mẫu của ${unit} để đơn vị sửa và gửi lại số liệu, kể cả khi đợt báo cáo đã đóng.`,
    reopened: 'Đã mở lại biểu mẫu',
    done: (label: string) => `Đã thực hiện: ${label}`,
    conflict:
      'Biểu mẫu vừa được người khác xử lý. Biểu mẫu đã được tải lại; kiểm tra trạng thái rồi thử lại nếu thao tác vẫn còn.',
    submitting: 'Đang gửi…',
  },

  /** The history panel. */
  history: {
    transition: (from: string, to: string) => `${from} → ${to}`,
    system: 'Hệ thống',
    firstFrozen: 'Bản số liệu đầu tiên được khóa.',
    unchanged: 'Số liệu không đổi so với lần khóa trước.',
    changed: (n: number) => `${count(n)} ô thay đổi so với lần khóa trước`,
    changesCaption: 'Các ô thay đổi so với lần khóa trước',
    row: 'Dòng',
    column: 'Cột',
    before: 'Trước',
    after: 'Sau',
    delta: 'Chênh lệch',
  },
};
