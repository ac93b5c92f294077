import type { Role, UnitLevel } from '@motcua/shared';

export type DemoUnit = {
  name: string;
  level: UnitLevel;
  code: string;
  /** Last segment of the account prefix; the full prefix is the parent's plus this. */
  key: string;
  validFrom: string;
  validTo?: string;
  /** Key path (dot-joined prefix) of the unit this one was merged into. */
  mergedInto?: string;
  /** Role accounts `<prefix>.<suffix>` for this unit. */
  accounts: Role[];
  /** The unit's answers to citizen feedback go to its leader for approval. */
  feedbackApprovalRequired?: boolean;
  children?: DemoUnit[];
};

const REFORM = '2025-07-01';
const LEGACY_END = '2025-06-30';
const full: Role[] = [
  'receiving_officer',
  'processing_officer',
  'division_head',
  'unit_leader',
  'report_entry',
  'report_approver',
  'feedback_handler',
];
const reporting: Role[] = ['report_entry', 'report_approver'];

function department(name: string, key: string, code: string, division?: [string, string]): DemoUnit {
  return {
    name,
    level: 'department',
    code,
    key,
    validFrom: REFORM,
    accounts: full,
    // The Department of Justice has its leader approve answers to feedback; the others answer directly.
    feedbackApprovalRequired: key === 'sotuphap',
    children: division
      ? [
          {
            name: division[0],
            level: 'division',
            code: `${code}.01`,
            key: division[1],
            validFrom: REFORM,
            accounts: ['division_head', 'processing_officer'],
          },
        ]
      : [],
  };
}

function commune(name: string, key: string, code: string): DemoUnit {
  return { name, level: 'commune', code, key, validFrom: REFORM, accounts: full };
}

function legacyCommune(name: string, key: string, code: string): DemoUnit {
  return {
    name,
    level: 'commune',
    code,
    key,
    validFrom: '2008-01-01',
    validTo: LEGACY_END,
    mergedInto: 'qti.tuyenhoa',
    accounts: reporting,
  };
}

/**
 * The demo organisation: the Government Office at the root; Quảng Trị as it stands since 01/07/2025 (province,
 * departments, the provincial service centre, communes); and the former Quảng Bình with the legacy district of
 * Tuyên Hóa, ended on 30/06/2025 and merged into the new units, so that past periods keep their three-tier tree.
 */
export const DEMO_ROOT: DemoUnit = {
  name: 'Văn phòng Chính phủ',
  level: 'central',
  code: '000.00.00.G01',
  key: 'vpcp',
  validFrom: '2008-01-01',
  // The central office takes feedback that agencies return as outside their authority.
  accounts: [...reporting, 'feedback_handler'],
  children: [
    {
      name: 'UBND tỉnh Quảng Trị',
      level: 'province',
      code: 'H44',
      key: 'qti',
      validFrom: REFORM,
      accounts: ['unit_leader', 'report_entry', 'report_approver', 'feedback_handler'],
      children: [
        department('Sở Tư pháp', 'sotuphap', 'H44.01', ['Phòng Hành chính tư pháp', 'hctp']),
        department('Sở Xây dựng', 'soxaydung', 'H44.02', ['Phòng Quản lý xây dựng', 'qlxd']),
        department('Sở Nông nghiệp và Môi trường', 'sonnmt', 'H44.03'),
        department('Sở Y tế', 'soyte', 'H44.04'),
        department('Sở Giáo dục và Đào tạo', 'sogddt', 'H44.05'),
        department('Sở Nội vụ', 'sonoivu', 'H44.06'),
        {
          name: 'Trung tâm Phục vụ hành chính công tỉnh Quảng Trị',
          level: 'service_centre',
          code: 'H44.20',
          key: 'ttpvhcc',
          validFrom: REFORM,
          accounts: ['receiving_officer', 'unit_leader', 'report_entry', 'report_approver'],
        },
        commune('Phường Đồng Hới', 'donghoi', 'H44.50.01'),
        commune('Phường Đông Hà', 'dongha', 'H44.50.02'),
        commune('Phường Quảng Trị', 'quangtri', 'H44.50.03'),
        commune('Xã Tuyên Hóa', 'tuyenhoa', 'H44.50.04'),
        commune('Xã Minh Hóa', 'minhhoa', 'H44.50.05'),
        commune('Xã Bố Trạch', 'botrach', 'H44.50.06'),
      ],
    },
    {
      name: 'UBND tỉnh Quảng Bình',
      level: 'province',
      code: 'H37',
      key: 'qbh',
      validFrom: '1989-07-01',
      validTo: LEGACY_END,
      mergedInto: 'qti',
      accounts: reporting,
      children: [
        {
          name: 'UBND huyện Tuyên Hóa',
          level: 'district',
          code: 'H37.47',
          key: 'tuyenhoa',
          validFrom: '1990-09-01',
          validTo: LEGACY_END,
          mergedInto: 'qti.tuyenhoa',
          accounts: [
            'receiving_officer',
            'processing_officer',
            'unit_leader',
            'report_entry',
            'report_approver',
          ],
          children: [
            {
              name: 'Phòng Tư pháp huyện Tuyên Hóa',
              level: 'division',
              code: 'H37.47.01',
              key: 'tuphap',
              validFrom: '1990-09-01',
              validTo: LEGACY_END,
              accounts: ['division_head', 'processing_officer'],
            },
            legacyCommune('Thị trấn Đồng Lê', 'dongle', 'H37.47.50'),
            legacyCommune('Xã Thạch Hóa', 'thachhoa', 'H37.47.51'),
            legacyCommune('Xã Đức Hóa', 'duchoa', 'H37.47.52'),
          ],
        },
      ],
    },
    {
      // A ministry, so that feedback outside a province's authority can be transferred (demo identifier).
      name: 'Bộ Tư pháp',
      level: 'ministry',
      code: '000.00.00.G12',
      key: 'btp',
      validFrom: '2008-01-01',
      accounts: ['unit_leader', 'report_entry', 'report_approver', 'feedback_handler'],
    },
  ],
};

export const DEMO_PASSWORD = 'Demo@123';

export const DEMO_ADMIN = { username: 'admin', fullName: 'Quản trị hệ thống' };

export const DEMO_CITIZEN = {
  fullName: 'Nguyễn Văn An',
  identificationNumber: '044090001234',
  phone: '0912345678',
  email: 'nguyenvanan@example.vn',
};

/** Plausible Vietnamese names for the demo officers, assigned in turn. */
export const DEMO_NAMES = [
  'Nguyễn Thị Hoa',
  'Trần Văn Minh',
  'Lê Thị Thu Hà',
  'Phạm Quốc Bảo',
  'Hoàng Thị Lan',
  'Võ Đức Thắng',
  'Đặng Thị Mai',
  'Bùi Văn Hùng',
  'Đỗ Thị Ngọc Ánh',
  'Huỳnh Văn Tài',
  'Ngô Thị Thanh Tâm',
  'Dương Minh Khôi',
  'Lý Thị Hồng Nhung',
  'Phan Văn Đức',
  'Vũ Thị Hạnh',
  'Trương Công Định',
];

/** Questions answered by the demo ward, so that the public Q&A is not empty on first start. */
export const DEMO_QUESTIONS = [
  {
    procedureCode: '1.001193',
    procedureName: 'Thủ tục đăng ký khai sinh',
    title: 'Quá 60 ngày mới đăng ký khai sinh cho con có bị phạt không?',
    content:
      'Con tôi sinh được gần 3 tháng nhưng gia đình chưa đi đăng ký khai sinh. Bây giờ đăng ký có bị xử phạt không và cần mang theo giấy tờ gì?',
    answer:
      'Cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong 60 ngày kể từ ngày sinh. Quá thời hạn này, việc đăng ký vẫn được thực hiện bình thường; người có trách nhiệm có thể bị nhắc nhở hoặc xử phạt hành chính theo quy định. Hồ sơ gồm tờ khai đăng ký khai sinh, giấy chứng sinh; anh/chị có thể nộp trực tuyến trên Cổng dịch vụ công.',
  },
  {
    procedureCode: '1.001193',
    procedureName: 'Thủ tục đăng ký khai sinh',
    title: 'Không có giấy chứng sinh thì đăng ký khai sinh thế nào?',
    content:
      'Cháu sinh tại nhà, không có giấy chứng sinh của cơ sở y tế. Gia đình cần chuẩn bị gì để đăng ký khai sinh?',
    answer:
      'Trường hợp không có giấy chứng sinh, người đi đăng ký nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì nộp giấy cam đoan về việc sinh. Bộ phận Một cửa sẽ hướng dẫn mẫu văn bản khi anh/chị nộp hồ sơ.',
  },
  {
    procedureCode: null,
    procedureName: null,
    title: 'Phường có nhận hồ sơ vào sáng thứ Bảy không?',
    content: 'Tôi đi làm cả tuần, muốn hỏi Bộ phận Một cửa của phường có làm việc vào sáng thứ Bảy không?',
    answer:
      'Bộ phận Một cửa phường Đồng Hới làm việc từ thứ Hai đến thứ Sáu (sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 00 – 17 giờ 00). Ngoài giờ làm việc, anh/chị có thể nộp hồ sơ trực tuyến bất cứ lúc nào; hồ sơ nộp ngoài giờ được tính từ ngày làm việc tiếp theo.',
  },
];

/** Feedback already answered and published by the province's departments, and one waiting for classification. */
export const DEMO_FEEDBACK = [
  {
    category: 'rules' as const,
    title: 'Bộ phận một cửa vẫn yêu cầu nộp bản sao sổ hộ khẩu',
    content:
      'Khi nộp hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ, tôi được yêu cầu nộp thêm bản sao sổ hộ khẩu, trong khi sổ hộ khẩu đã không còn giá trị sử dụng từ năm 2023. Đề nghị cơ quan hướng dẫn lại thành phần hồ sơ cho đúng quy định.',
    handler: 'qti.soxaydung',
    answer:
      'Sở Xây dựng tiếp thu phản ánh. Theo quy định hiện hành, thành phần hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ không bao gồm sổ hộ khẩu; thông tin cư trú được khai thác từ Cơ sở dữ liệu quốc gia về dân cư. Sở đã có văn bản chấn chỉnh bộ phận tiếp nhận và xin lỗi ông/bà về sự bất tiện.',
    rating: 'like' as const,
  },
  {
    category: 'conduct' as const,
    title: 'Cán bộ hẹn trả kết quả nhiều lần nhưng không có phiếu hẹn',
    content:
      'Tôi nộp hồ sơ chứng thực tại phường, cán bộ hẹn miệng ba lần nhưng chưa trả kết quả và không đưa phiếu hẹn hay phiếu xin lỗi. Đề nghị cơ quan xem xét.',
    handler: 'qti.sotuphap',
    answer:
      'Sở Tư pháp đã phối hợp với UBND phường kiểm tra. Việc không lập phiếu hẹn và không gửi phiếu xin lỗi, hẹn lại ngày trả kết quả là chưa đúng quy trình. Phường đã trả kết quả, xin lỗi công dân và kiểm điểm cán bộ liên quan.',
    rating: null,
  },
  {
    category: 'rules' as const,
    title: 'Đề nghị cho phép nộp trực tuyến thủ tục đăng ký kết hôn',
    content:
      'Gia đình tôi ở xa trung tâm xã, đề nghị cho phép nộp hồ sơ đăng ký kết hôn trực tuyến để đỡ phải đi lại nhiều lần.',
    handler: 'qti.sotuphap',
    answer:
      'Thủ tục đăng ký kết hôn đã được cung cấp dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công. Công dân nộp hồ sơ trực tuyến và chỉ đến cơ quan đăng ký hộ tịch một lần để ký sổ và nhận giấy chứng nhận kết hôn.',
    rating: 'like' as const,
  },
];

export const DEMO_WAITING_FEEDBACK = {
  category: 'rules' as const,
  title: 'Niêm yết thủ tục tại bộ phận một cửa chưa cập nhật',
  content:
    'Bảng niêm yết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh vẫn ghi mức lệ phí cũ, khác với mức trên Cổng dịch vụ công. Đề nghị cập nhật để người dân nộp đúng.',
};
