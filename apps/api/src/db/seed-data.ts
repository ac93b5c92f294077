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
  accounts: reporting,
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
