import {
  CHANNEL_LABELS,
  DATE_FIELD_LABELS,
  DOSSIER_STATE_LABELS,
  GROUP_BY_LABELS,
  ON_TIME_LABELS,
  type ExportFormat,
  type ExportStatus,
} from '@motcua/shared';

const count = (n: number) => n.toLocaleString('vi-VN');

/**
 * Texts of the standard reports, the custom report builder and the background exports (part of `texts`, see
 * ./vi.ts). Report titles and criterion labels come with the contract (STANDARD_REPORT_INFO, CRITERION_INFO).
 */
export const viStatisticsReports = {
  dateFields: DATE_FIELD_LABELS,
  states: DOSSIER_STATE_LABELS,
  channels: CHANNEL_LABELS,
  results: ON_TIME_LABELS,
  groupBys: GROUP_BY_LABELS,

  /** The filters both screens share. */
  filter: {
    legend: 'Điều kiện lọc',
    unit: 'Đơn vị',
    unitOwn: 'Đơn vị của tôi (gồm đơn vị trực thuộc)',
    unitHint: 'Số liệu gồm cả các đơn vị trực thuộc đơn vị đã chọn',
    unitsUnavailable: 'Không tải được danh sách đơn vị; báo cáo tính theo đơn vị của bạn.',
    dateField: 'Tính theo',
    from: 'Từ ngày',
    to: 'Đến ngày',
    year: 'Năm',
    states: 'Trạng thái hồ sơ',
    statesAll: 'Tất cả trạng thái',
    statesChosen: (n: number) => `${count(n)} trạng thái`,
    statesClear: 'Bỏ chọn tất cả',
    channel: 'Kênh nộp',
    channelAll: 'Tất cả kênh',
    procedureCode: 'Mã thủ tục',
    procedureCodeHint: 'Dạng 1.001193',
    field: 'Lĩnh vực',
    fieldPlaceholder: 'Ví dụ: Hộ tịch',
    result: 'Kết quả đúng hạn',
    resultAll: 'Tất cả',
    overdue: 'Chỉ hồ sơ đang quá hạn',
    overdueHint: 'Hồ sơ chưa xong đã quá ngày hẹn trả tính đến hôm nay',
    handler: 'Cán bộ xử lý',
    handlerPlaceholder: 'Gõ họ tên cán bộ',
    handlerSearching: 'Đang tìm…',
    handlerNoMatch: 'Không có cán bộ nào khớp',
    handlerTypeMore: 'Gõ ít nhất 2 ký tự',
    handlerFound: (n: number) => `${count(n)} cán bộ`,
    handlerClear: 'Bỏ chọn cán bộ',
    handlerChosen: (name: string) => `Đang lọc theo: ${name}`,
    groupBy: 'Nhóm theo',
    groupNone: 'Không nhóm (mỗi dòng một hồ sơ)',
    apply: 'Xem báo cáo',
    reset: 'Xóa điều kiện',
  },

  /** The table every report answers with. */
  table: {
    totals: 'Tổng cộng',
    rows: (n: number) => `${count(n)} dòng`,
    empty: 'Không có hồ sơ nào thỏa điều kiện đã chọn.',
    emptyHint: 'Thử mở rộng khoảng thời gian hoặc bỏ bớt điều kiện lọc.',
    pageEmpty: 'Trang này không còn dòng nào.',
    openDossierOf: (label: string) => `Mở hồ sơ ${label}`,
    drill: 'Xem các hồ sơ của dòng này',
    drillOf: (label: string) => `Xem các hồ sơ của dòng ${label}`,
  },

  /** The background exports. */
  exports: {
    excel: 'Xuất Excel',
    pdf: 'Xuất PDF',
    formats: { xlsx: 'Excel', pdf: 'PDF' } satisfies Record<ExportFormat, string>,
    pdfTooMany: (max: number) =>
      `Bản PDF chỉ in được tối đa ${count(max)} dòng. Hãy xuất Excel hoặc thu hẹp điều kiện lọc.`,
    starting: 'Đang gửi yêu cầu xuất tệp…',
    startFailed: 'Không bắt đầu xuất tệp được',
    progressLabel: (title: string) => (title ? `Tiến độ xuất tệp ${title}` : 'Tiến độ xuất tệp'),
    queued: 'Đang chờ đến lượt…',
    running: (processed: number, total: number | null) =>
      total === null
        ? `Đã xử lý ${count(processed)} dòng…`
        : `Đã xử lý ${count(processed)} / ${count(total)} dòng`,
    done: 'Đã xuất xong, tệp đã được tải về máy.',
    downloadAgain: 'Tải lại tệp',
    download: 'Tải về',
    downloadOf: (name: string) => `Tải về ${name}`,
    downloadFailed: 'Không tải được tệp',
    downloaded: (name: string) => `Đã tải về ${name}`,
    failed: 'Xuất tệp không thành công',
    dismiss: 'Ẩn',
    listTitle: 'Tệp đã xuất',
    listIntro: 'Hai mươi tệp bạn xuất gần nhất.',
    listCaption: 'Tệp đã xuất, mới nhất trước',
    listEmpty: 'Bạn chưa xuất tệp nào.',
    refresh: 'Làm mới',
    columns: {
      title: 'Báo cáo',
      format: 'Định dạng',
      status: 'Trạng thái',
      createdAt: 'Thời điểm yêu cầu',
      file: 'Tệp',
    },
    statuses: {
      queued: 'Đang chờ',
      running: 'Đang xuất',
      done: 'Hoàn thành',
      failed: 'Lỗi',
    } satisfies Record<ExportStatus, string>,
    size: (bytes: number) =>
      bytes < 1024 * 1024
        ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`
        : `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`,
  },

  /** The standard reports. */
  standard: {
    nav: 'Báo cáo thống kê',
    title: 'Báo cáo thống kê',
    intro:
      'Các báo cáo một cửa theo mẫu: danh sách hồ sơ theo tình trạng và bảng tổng hợp theo đơn vị, xuất Excel hoặc PDF.',
    listLabel: 'Chọn báo cáo',
    groups: { list: 'Danh sách hồ sơ', summary: 'Tổng hợp' },
    choose: 'Chọn một báo cáo trong danh sách để xem.',
    chooseHint: 'Mỗi báo cáo có thể lọc theo đơn vị, thời gian, kênh nộp, thủ tục và lĩnh vực.',
  },

  /** The custom report builder. */
  custom: {
    nav: 'Báo cáo tùy chọn',
    title: 'Báo cáo tùy chọn',
    intro: 'Tự chọn cột, điều kiện lọc và cách nhóm; lưu lại để dùng lần sau, xuất Excel hoặc PDF.',
    newReport: 'Báo cáo mới',
    editing: (name: string) => `Đang mở: ${name}`,
    unsaved: 'Có thay đổi chưa lưu',
    columnsLegend: 'Cột của báo cáo',
    columnsHint: (max: number) => `Chọn tối đa ${count(max)} cột; thứ tự bên phải là thứ tự cột trong bảng.`,
    criterionGroups: {
      dossier: 'Hồ sơ, thủ tục',
      applicant: 'Người nộp',
      handling: 'Tiếp nhận, xử lý',
      time: 'Thời gian, tiến độ',
      outcome: 'Kết quả, phí',
    },
    selectGroup: (group: string) => `Chọn cả nhóm ${group}`,
    chosenTitle: (n: number) => `Thứ tự cột (${count(n)})`,
    chosenEmpty: 'Chưa chọn cột nào.',
    moveUp: (label: string) => `Đưa cột ${label} lên`,
    moveDown: (label: string) => `Đưa cột ${label} xuống`,
    removeColumn: (label: string) => `Bỏ cột ${label}`,
    groupBy: 'Nhóm kết quả theo',
    groupNone: 'Không nhóm (mỗi dòng một hồ sơ)',
    groupHint: 'Khi nhóm, mỗi dòng là một nhóm hồ sơ với các số tổng hợp: tổng số, đúng hạn, quá hạn, tỷ lệ.',
    run: 'Xem kết quả',
    save: 'Lưu báo cáo',
    saveChanges: 'Lưu thay đổi',
    saveAs: 'Lưu thành báo cáo mới',
    resultsTitle: 'Kết quả',
    notRun: 'Chọn cột, điều kiện lọc rồi bấm "Xem kết quả".',
    changedSinceRun: 'Điều kiện đã thay đổi, bấm "Xem kết quả" để cập nhật bảng.',
    exportName: 'Báo cáo tùy chọn',
    savedTitle: 'Báo cáo đã lưu',
    savedEmpty: 'Bạn chưa lưu báo cáo nào.',
    savedCaption: 'Báo cáo đã lưu của bạn',
    savedColumns: (n: number) => `${count(n)} cột`,
    savedUpdated: (when: string) => `Cập nhật ${when}`,
    open: 'Mở',
    openOf: (name: string) => `Mở báo cáo ${name}`,
    opened: 'Đang mở',
    rename: 'Đổi tên',
    renameOf: (name: string) => `Đổi tên báo cáo ${name}`,
    delete: 'Xóa',
    deleteOf: (name: string) => `Xóa báo cáo ${name}`,
    deleteTitle: 'Xóa báo cáo đã lưu',
    deleteText: (name: string) =>
      `Xóa báo cáo "${name}"? Các tệp đã xuất từ báo cáo này vẫn còn trong danh sách tệp đã xuất.`,
    saveTitle: 'Lưu báo cáo',
    renameTitle: 'Đổi tên báo cáo',
    name: 'Tên báo cáo',
    namePlaceholder: 'Ví dụ: Hồ sơ đất đai quá hạn theo xã',
    nameRequired: 'Nhập tên báo cáo',
    savedToast: (name: string) => `Đã lưu báo cáo ${name}`,
    renamedToast: (name: string) => `Đã đổi tên thành ${name}`,
    deletedToast: (name: string) => `Đã xóa báo cáo ${name}`,
    conflict:
      'Báo cáo này vừa được thay đổi ở nơi khác (thẻ hoặc thiết bị khác). Đã tải lại bản mới nhất; hãy xem lại rồi lưu lần nữa.',
    notFound: 'Báo cáo đã lưu không còn (có thể đã bị xóa ở nơi khác).',
  },
};
