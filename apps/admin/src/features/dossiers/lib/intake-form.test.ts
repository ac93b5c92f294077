import { describe, expect, it } from 'vitest';
import { emptyIntake, intakeResolver, isIntakePath, missingRequired, toCounterIntake } from './intake-form';

const options = { fields: {}, shouldUseNativeValidation: false } as const;

function filled() {
  const values = emptyIntake();
  values.procedureCode = '1.004222';
  values.caseIndex = '2';
  values.components = [
    { provided: true, form: 'original', required: true },
    { provided: false, form: 'copy', required: false },
  ];
  values.applicant = {
    fullName: 'Nguyễn Văn An',
    identificationNumber: '044095001234',
    dateOfBirth: '',
    address: '12 Lý Thường Kiệt, Đồng Hới',
    phone: '',
    email: 'An@Example.vn',
  };
  return values;
}

describe('toCounterIntake', () => {
  it('sends blanks as null, positions with the checklist and no authorised person unless asked', () => {
    const body = toCounterIntake(filled());
    expect(body.caseIndex).toBe(2);
    expect(body.applicant.dateOfBirth).toBeNull();
    expect(body.applicant.phone).toBeNull();
    expect(body.authorisedPerson).toBeNull();
    // `required` is the catalogue's, shown on screen only.
    expect(body.components).toEqual([
      { index: 0, provided: true, form: 'original' },
      { index: 1, provided: false, form: 'copy' },
    ]);
    expect(body.sets).toBe(1);
    expect(body.note).toBeNull();
  });

  it('includes the authorised person when the box is ticked', () => {
    const values = filled();
    values.hasAuthorisedPerson = true;
    values.authorisedPerson.fullName = 'Trần Thị Bình';
    expect(toCounterIntake(values).authorisedPerson?.fullName).toBe('Trần Thị Bình');
  });
});

describe('missingRequired', () => {
  it('lists required documents not ticked', () => {
    expect(
      missingRequired([
        { provided: true, form: 'original', required: true },
        { provided: false, form: 'original', required: true },
        { provided: false, form: 'original', required: false },
      ]),
    ).toEqual([1]);
  });
});

describe('intakeResolver', () => {
  it('passes a complete intake, normalised by the shared schema', async () => {
    const result = await intakeResolver(filled(), undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ procedureCode: '1.004222', applicant: { email: 'an@example.vn' } });
  });

  it('refuses a missing required document and a bad ID number on their fields', async () => {
    const values = filled();
    values.applicant.identificationNumber = '04409500';
    values.components = values.components.map((c) => ({ ...c, required: true }));
    const result = await intakeResolver(values, undefined, options);
    expect(result.errors.components?.message).toBe('Còn thiếu 1 giấy tờ bắt buộc (đánh dấu đỏ).');
    expect(result.errors.applicant?.identificationNumber?.message).toBe('Số định danh cá nhân gồm 12 chữ số');
  });

  it('asks to choose a procedure when none is chosen', async () => {
    const values = filled();
    values.procedureCode = '';
    const result = await intakeResolver(values, undefined, options);
    expect(result.errors.procedureCode?.message).toBe('Chọn thủ tục của hồ sơ');
  });
});

describe('isIntakePath', () => {
  it('knows the form’s fields, nested ones included', () => {
    expect(isIntakePath('applicant.identificationNumber')).toBe(true);
    expect(isIntakePath('authorisedPerson.fullName')).toBe(true);
    expect(isIntakePath('components.3.form')).toBe(true);
    expect(isIntakePath('components')).toBe(true);
    expect(isIntakePath('components.3.index')).toBe(false);
    expect(isIntakePath('applicant.nickname')).toBe(false);
    expect(isIntakePath('hasAuthorisedPerson.x')).toBe(false);
  });
});
