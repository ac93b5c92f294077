/**
 * Every text the portal shows, in Vietnamese. Another language is another object of type `Texts`
 * (e.g. `const en: Texts = { … }`) chosen in `texts` below; components only ever read `texts`.
 * Validation messages come from the shared zod schemas, which are Vietnamese as well.
 */
const vi = {
  appName: 'Cổng dịch vụ công',
  appSubName: 'Một Cửa',
  documentTitle: (page?: string) =>
    page ? `${page} — Cổng dịch vụ công Một Cửa` : 'Cổng dịch vụ công — Một Cửa',

  common: {
    loading: 'Đang tải…',
    retry: 'Thử lại',
    reloadPage: 'Tải lại trang',
    requiredNote: 'Các trường có dấu * là bắt buộc.',
    errorPrefix: 'Lỗi: ',
    notProvided: 'Chưa cập nhật',
    show: 'Hiện',
    hide: 'Ẩn',
    showPassword: 'Hiện mật khẩu',
    hidePassword: 'Ẩn mật khẩu',
    saving: 'Đang lưu…',
  },

  errors: {
    network: 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng rồi thử lại.',
    unexpected: 'Máy chủ trả về dữ liệu không đúng định dạng. Vui lòng thử lại sau.',
    server: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
    requestId: (id: string) => `Mã yêu cầu: ${id}`,
  },

  layout: {
    skipToContent: 'Bỏ qua, đến nội dung chính',
    mainNav: 'Điều hướng chính',
    menu: 'Menu',
    navHome: 'Trang chủ',
    navLogin: 'Đăng nhập',
    navRegister: 'Đăng ký',
    navAccount: 'Tài khoản của tôi',
    navTrack: 'Tra cứu hồ sơ',
    navMyDossiers: 'Hồ sơ của tôi',
    logout: 'Đăng xuất',
    pageLoading: 'Đang tải trang…',
    footerAgency: 'Hệ thống thông tin giải quyết thủ tục hành chính',
    footerProduct: 'Một Cửa — nền tảng mở cho thủ tục hành chính Việt Nam',
    footerDevelopers: 'Dành cho nhà phát triển',
    footerApiDocs: 'Tài liệu API',
    footerSupport: 'Hỗ trợ công dân và doanh nghiệp trong giờ hành chính, từ thứ Hai đến thứ Sáu.',
  },

  home: {
    title: 'Trang chủ',
    eyebrow: 'Dịch vụ công trực tuyến',
    heading: 'Thủ tục hành chính thuận tiện, minh bạch',
    lead:
      'Cổng dịch vụ công giúp công dân và doanh nghiệp nộp hồ sơ thủ tục hành chính trực tuyến, ' +
      'tra cứu tình trạng giải quyết hồ sơ và gửi phản ánh, kiến nghị tới cơ quan nhà nước — ' +
      'mọi lúc, mọi nơi, trên điện thoại hay máy tính.',
    signedOutNotice: 'Bạn đã đăng xuất khỏi tài khoản.',
    greeting: (name: string) => `Xin chào, ${name}`,
    greetingLead:
      'Tài khoản của bạn đã sẵn sàng. Kiểm tra và cập nhật thông tin liên hệ để nhận thông báo về hồ sơ.',
    toAccount: 'Xem thông tin tài khoản',
    ctaRegister: 'Đăng ký tài khoản',
    ctaLogin: 'Đăng nhập',
    ctaTrack: 'Tra cứu hồ sơ',
    toMyDossiers: 'Xem hồ sơ của tôi',
    trackHeading: 'Tra cứu tình trạng hồ sơ',
    trackText:
      'Nhập mã hồ sơ in trên giấy tiếp nhận (hoặc quét mã QR trên giấy) để xem hồ sơ đang ở bước nào và ngày hẹn trả kết quả. Không cần đăng nhập.',
    trackAction: 'Tra cứu ngay',
    purposeHeading: 'Cổng dịch vụ công dùng để',
    purposes: [
      {
        title: 'Nộp hồ sơ trực tuyến',
        text: 'Chọn thủ tục, khai thông tin và đính kèm giấy tờ ngay trên cổng, không cần đến trực tiếp cơ quan nhà nước.',
      },
      {
        title: 'Tra cứu hồ sơ',
        text: 'Theo dõi hồ sơ đang được xử lý ở bước nào, ngày hẹn trả kết quả và các yêu cầu bổ sung.',
      },
      {
        title: 'Phản ánh, kiến nghị',
        text: 'Góp ý về quy định, thủ tục hành chính và tinh thần phục vụ của cán bộ; theo dõi câu trả lời của cơ quan có thẩm quyền.',
      },
    ],
    stepsHeading: 'Ba bước để bắt đầu',
    steps: [
      {
        title: 'Đăng ký tài khoản',
        text: 'Dùng số định danh cá nhân và số điện thoại hoặc email của bạn. Việc đăng ký miễn phí.',
      },
      {
        title: 'Nộp hồ sơ',
        text: 'Khai thông tin theo mẫu và tải lên thành phần hồ sơ; hệ thống cấp mã hồ sơ để theo dõi.',
      },
      {
        title: 'Nhận kết quả',
        text: 'Nhận thông báo khi hồ sơ được giải quyết và nhận kết quả trực tuyến, qua bưu chính hoặc tại nơi nộp.',
      },
    ],
    accountHeading: 'Một tài khoản cho mọi thủ tục',
    accountText:
      'Thông tin của bạn được điền sẵn vào các biểu mẫu, và mọi hồ sơ, phản ánh của bạn được lưu ở một nơi.',
  },

  auth: {
    loginTitle: 'Đăng nhập',
    loginLead: 'Đăng nhập bằng số điện thoại hoặc email đã đăng ký.',
    loginField: 'Số điện thoại hoặc email',
    password: 'Mật khẩu',
    loginSubmit: 'Đăng nhập',
    loginSubmitting: 'Đang đăng nhập…',
    noAccount: 'Chưa có tài khoản?',
    toRegister: 'Đăng ký ngay',
    loginFailed: 'Đăng nhập không thành công',

    registerTitle: 'Đăng ký tài khoản',
    registerLead: 'Tài khoản miễn phí, dùng để nộp và theo dõi hồ sơ trực tuyến.',
    fullName: 'Họ và tên',
    fullNameHint: 'Ghi đầy đủ, có dấu, như trên thẻ căn cước.',
    identificationNumber: 'Số định danh cá nhân',
    identificationNumberHint: '12 chữ số, in trên thẻ căn cước hoặc căn cước công dân.',
    phone: 'Số điện thoại di động',
    phoneHint: 'Ví dụ: 0912345678.',
    email: 'Email',
    contactGroup: 'Thông tin liên hệ',
    contactHint: 'Cần ít nhất một trong hai: số điện thoại hoặc email.',
    passwordHint: 'Ít nhất 8 ký tự, gồm cả chữ và số.',
    confirmPassword: 'Nhập lại mật khẩu',
    passwordMismatch: 'Mật khẩu nhập lại không khớp',
    confirmRequired: 'Nhập lại mật khẩu để xác nhận',
    fullNameRequired: 'Nhập họ và tên',
    identificationNumberRequired: 'Nhập số định danh cá nhân',
    passwordRequired: 'Nhập mật khẩu',
    newPasswordRequired: 'Nhập mật khẩu mới',
    registerSubmit: 'Đăng ký',
    registerSubmitting: 'Đang đăng ký…',
    registerFailed: 'Chưa đăng ký được tài khoản',
    haveAccount: 'Đã có tài khoản?',
    toLogin: 'Đăng nhập',
  },

  profile: {
    title: 'Thông tin tài khoản',
    lead: 'Thông tin này được dùng để điền sẵn vào hồ sơ và để cơ quan nhà nước liên hệ với bạn.',
    loadFailed: 'Không tải được thông tin tài khoản',
    summaryHeading: 'Tóm tắt',
    memberSince: (date: string) => `Tài khoản tạo ngày ${date}`,
    editHeading: 'Cập nhật thông tin',
    identificationNumberHint: 'Số định danh cá nhân không thể thay đổi.',
    dateOfBirth: 'Ngày sinh',
    address: 'Địa chỉ liên hệ',
    addressHint: 'Số nhà, đường, xã/phường, tỉnh/thành phố.',
    save: 'Lưu thay đổi',
    saved: 'Đã lưu thông tin tài khoản.',
    saveFailed: 'Chưa lưu được thay đổi',
    noChanges: 'Chưa có thay đổi nào để lưu.',
    conflictTitle: 'Thông tin đã được cập nhật ở nơi khác',
    conflictReload: 'Tải lại thông tin mới nhất',
    reloaded: 'Đã tải thông tin mới nhất. Nhập lại thay đổi của bạn nếu vẫn cần.',
    passwordHeading: 'Đổi mật khẩu',
    passwordLead: 'Sau khi đổi mật khẩu, các thiết bị khác đang đăng nhập sẽ phải đăng nhập lại.',
    currentPassword: 'Mật khẩu hiện tại',
    newPassword: 'Mật khẩu mới',
    confirmNewPassword: 'Nhập lại mật khẩu mới',
    changePassword: 'Đổi mật khẩu',
    passwordChanged: 'Đã đổi mật khẩu.',
    passwordFailed: 'Chưa đổi được mật khẩu',
  },

  dossier: {
    procedure: 'Thủ tục',
    state: 'Tình trạng',
    applicant: 'Người nộp',
    receivingUnit: 'Cơ quan tiếp nhận',
    submittedAt: 'Ngày nộp',
    receivedAt: 'Ngày tiếp nhận',
    dueAt: 'Ngày hẹn trả',
    finishedAt: 'Ngày hoàn thành',
    notYet: 'Chưa có',
    timelineHeading: 'Quá trình xử lý',
    timelineEmpty: 'Chưa có bước xử lý nào.',
    onTime: { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' },
  },

  tracking: {
    title: 'Tra cứu hồ sơ',
    lead: 'Nhập mã hồ sơ in trên giấy tiếp nhận và hẹn trả kết quả. Không cần đăng nhập.',
    codeLabel: 'Mã hồ sơ',
    codeHint: 'Ví dụ: H44.50.01-261122-0001',
    codeRequired: 'Nhập mã hồ sơ',
    submit: 'Tra cứu',
    searching: 'Đang tra cứu hồ sơ…',
    resultHeading: (code: string) => `Hồ sơ ${code}`,
    notFoundTitle: 'Không tìm thấy hồ sơ',
    notFoundText: (code: string) =>
      `Không có hồ sơ nào mang mã ${code}. Kiểm tra lại mã trên giấy tiếp nhận, chú ý các dấu chấm và gạch ngang.`,
    invalidTitle: 'Mã hồ sơ không đúng định dạng',
    invalidText: (code: string) =>
      `“${code}” không phải là một mã hồ sơ. Mã hồ sơ có dạng H44.50.01-261122-0001.`,
    loadFailed: 'Chưa tra cứu được hồ sơ',
    maskedNote: 'Tên người nộp được che một phần để bảo vệ thông tin cá nhân.',
    ownDossiers: 'Bạn đã đăng nhập? Xem đầy đủ hồ sơ và nộp phí tại',
  },

  myDossiers: {
    title: 'Hồ sơ của tôi',
    lead: 'Các hồ sơ bạn đã nộp, mới nhất ở trên. Chọn một hồ sơ để xem tiến độ, ngày hẹn và lệ phí.',
    loadFailed: 'Không tải được danh sách hồ sơ',
    emptyTitle: 'Bạn chưa có hồ sơ nào',
    emptyText:
      'Hồ sơ bạn nộp trực tuyến sẽ hiện ở đây. Hồ sơ nộp tại Bộ phận Một cửa có thể tra cứu bằng mã hồ sơ.',
    count: (n: number) => `${n} hồ sơ`,
    code: 'Mã hồ sơ',
    back: 'Tất cả hồ sơ của tôi',
    detailTitle: 'Chi tiết hồ sơ',
    detailLoadFailed: 'Không tải được hồ sơ',
    detailNotFound: 'Không tìm thấy hồ sơ này trong tài khoản của bạn.',
    summaryHeading: 'Thông tin chung',
    appointmentHeading: 'Ngày hẹn trả kết quả',
    appointmentPending: 'Ngày hẹn được tính khi cơ quan tiếp nhận hồ sơ.',
    appointmentPaused:
      'Thời hạn giải quyết tạm dừng trong khi chờ bạn bổ sung hồ sơ; ngày hẹn mới được tính lại khi bổ sung đủ.',
    explanationHeading: 'Cách tính ngày hẹn',
    supplementHeading: 'Giấy tờ cần bổ sung',
    supplementLead:
      'Cơ quan giải quyết cần bạn bổ sung các giấy tờ sau. Thời gian chờ bổ sung không tính vào thời hạn giải quyết.',
    refusalHeading: 'Lý do từ chối',
    feeHeading: 'Phí, lệ phí',
    feeNone: 'Thủ tục này không thu phí, lệ phí.',
    feeAmount: 'Số tiền',
    feeStatus: 'Trạng thái',
    feePaid: 'Đã nộp',
    feePaidAt: (at: string) => `Đã nộp lúc ${at}`,
    feeUnpaid: 'Chưa nộp',
    feeClosed: 'Hồ sơ đã kết thúc, không thể nộp phí trực tuyến.',
    pay: 'Thanh toán trực tuyến',
    paying: 'Đang chuyển tới cổng thanh toán…',
    payFailed: 'Chưa bắt đầu được giao dịch',
    payNote: 'Bạn sẽ được chuyển tới cổng thanh toán, rồi quay lại trang này khi xong.',
    paymentSuccess: 'Thanh toán thành công',
    paymentSuccessText: 'Lệ phí đã được ghi nhận cho hồ sơ. Bạn có thể tải biên lai bên dưới.',
    paymentFailure: 'Giao dịch chưa thành công, bạn có thể thử lại',
    paymentFailureText: 'Tài khoản của bạn chưa bị trừ tiền cho giao dịch này.',
    paymentsHeading: 'Các khoản đã nộp',
    receipt: 'Tải biên lai',
    receiptFor: (amount: string, at: string) => `Tải biên lai: ${amount}, nộp lúc ${at}`,
    receiptLoading: 'Đang tải biên lai…',
    receiptFailed: 'Chưa tải được biên lai',
  },

  notFound: {
    title: 'Không tìm thấy trang',
    text: 'Địa chỉ bạn mở không tồn tại hoặc đã được thay đổi.',
    back: 'Về trang chủ',
  },

  routeError: {
    title: 'Không mở được trang',
    text: 'Có thể phiên bản mới của cổng vừa được cập nhật hoặc kết nối mạng bị gián đoạn. Tải lại trang để thử lại.',
  },
};

export type Texts = typeof vi;

export const texts: Texts = vi;
