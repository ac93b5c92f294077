import { DraftDataSchema, type Procedure } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  DraftFormSchema,
  missingRequiredComponents,
  toDraftData,
  toDraftFormValues,
  type DraftFormValues,
} from './draft-form';

const filled: DraftFormValues = {
  caseIndex: '0',
  receivingUnitId: '3f1c2b9e-8d0a-4b8e-9c57-1a2b3c4d5e6f',
  applicant: {
    fullName: 'Nguyễn Văn An',
    identificationNumber: '044090001234',
    dateOfBirth: '',
    address: '12 Lý Thường Kiệt, phường Đồng Hới, Quảng Trị',
    phone: '0912345678',
    email: '',
  },
  onBehalf: false,
  authorisedPerson: {
    fullName: '',
    identificationNumber: '',
    dateOfBirth: '',
    address: '',
    phone: '',
    email: '',
  },
  resultMethod: 'online',
  deliveryAddress: '',
};

function issues(values: DraftFormValues) {
  const result = DraftFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('draft form values', () => {
  it('round-trips a draft, sending blanks as null and no authorised person unless filing for someone', () => {
    const data = toDraftData(filled);
    expect(data).toEqual({
      caseIndex: 0,
      receivingUnitId: filled.receivingUnitId,
      applicant: { ...filled.applicant, dateOfBirth: null, email: null },
      authorisedPerson: null,
      resultMethod: 'online',
      deliveryAddress: null,
    });
    // What is saved is a valid draft for the server, and reading it back gives the same inputs.
    expect(DraftDataSchema.parse(data)).toEqual(data);
    expect(toDraftFormValues(data)).toEqual(filled);
  });

  it('keeps the authorised person when filing on behalf', () => {
    const values = {
      ...filled,
      onBehalf: true,
      authorisedPerson: { ...filled.applicant, fullName: 'Trần Thị Bình' },
    };
    expect(toDraftData(values).authorisedPerson?.fullName).toBe('Trần Thị Bình');
    expect(toDraftFormValues(toDraftData(values)).onBehalf).toBe(true);
  });
});

describe('DraftFormSchema', () => {
  it('accepts a complete draft', () => {
    expect(issues(filled)).toEqual([]);
  });

  it('says what to enter for blank required fields, and the shared rule for wrong ones', () => {
    expect(
      issues({
        ...filled,
        receivingUnitId: '',
        applicant: { ...filled.applicant, fullName: ' ', identificationNumber: '12345', phone: '123' },
      }),
    ).toEqual([
      ['receivingUnitId', 'Chọn cơ quan tiếp nhận hồ sơ'],
      ['applicant.fullName', 'Nhập họ và tên'],
      ['applicant.identificationNumber', 'Số định danh cá nhân gồm 12 chữ số'],
      ['applicant.phone', 'Số điện thoại di động không hợp lệ'],
    ]);
  });

  it('checks the authorised person only when filing on behalf', () => {
    expect(issues({ ...filled, onBehalf: true }).map(([field]) => field)).toEqual([
      'authorisedPerson.fullName',
      'authorisedPerson.identificationNumber',
      'authorisedPerson.address',
    ]);
  });

  it('asks for a delivery address when the result comes by post', () => {
    expect(issues({ ...filled, resultMethod: 'post' })).toEqual([
      ['deliveryAddress', 'Nhập địa chỉ nhận kết quả qua bưu chính'],
    ]);
    expect(issues({ ...filled, resultMethod: 'post', deliveryAddress: '5 Quang Trung, Đồng Hới' })).toEqual(
      [],
    );
  });
});

describe('missingRequiredComponents', () => {
  const procedure = {
    cases: [
      {
        name: 'Trường hợp chung',
        components: [
          { name: 'Tờ khai', originals: 1, copies: 0, group: null, required: true, templates: [] },
          { name: 'Giấy chứng sinh', originals: 1, copies: 0, group: null, required: false, templates: [] },
          { name: 'Căn cước', originals: 0, copies: 1, group: null, required: true, templates: [] },
        ],
      },
    ],
  } satisfies Pick<Procedure, 'cases'>;

  it('lists required components without a file', () => {
    expect(missingRequiredComponents(procedure, 0, [{ componentIndex: 1 }])).toEqual([0, 2]);
    expect(missingRequiredComponents(procedure, 0, [{ componentIndex: 0 }, { componentIndex: 2 }])).toEqual(
      [],
    );
  });

  it('has nothing missing for an unknown case', () => {
    expect(missingRequiredComponents(procedure, 3, [])).toEqual([]);
  });
});
