import { describe, expect, it } from 'vitest';
import { flattenFormErrors, planErrors, stepFromParam, stepOfField } from './wizard-steps';

const formFields = [
  'receivingUnitId',
  'applicant.fullName',
  'applicant.identificationNumber',
  'deliveryAddress',
] as const;

describe('stepFromParam', () => {
  it('reads the step number and falls back to the first step', () => {
    expect(stepFromParam('3')).toBe('components');
    expect(stepFromParam('5')).toBe('review');
    expect(stepFromParam(null)).toBe('case');
    expect(stepFromParam('0')).toBe('case');
    expect(stepFromParam('9')).toBe('case');
    expect(stepFromParam('abc')).toBe('case');
  });
});

describe('stepOfField', () => {
  it('puts each field of the draft on its step, with or without the body.data. prefix', () => {
    expect(stepOfField('receivingUnitId')).toBe('case');
    expect(stepOfField('caseIndex')).toBe('case');
    expect(stepOfField('authorisedPerson.phone')).toBe('applicant');
    expect(stepOfField('body.data.applicant.fullName')).toBe('applicant');
    expect(stepOfField('files.4')).toBe('components');
    expect(stepOfField('deliveryAddress')).toBe('result');
    expect(stepOfField('version')).toBe('review');
  });
});

describe('planErrors', () => {
  it('marks form fields in form order, collects file errors by component and starts at the earliest step', () => {
    const plan = planErrors(
      [
        { field: 'deliveryAddress', message: 'Nhập địa chỉ nhận kết quả' },
        { field: 'files.5', message: 'Thiếu giấy tờ bắt buộc' },
        { field: 'applicant.identificationNumber', message: 'Số định danh cá nhân gồm 12 chữ số' },
        { field: 'applicant.identificationNumber', message: 'second message' },
      ],
      formFields,
    );
    expect(plan.fields).toEqual([
      { name: 'applicant.identificationNumber', message: 'Số định danh cá nhân gồm 12 chữ số' },
      { name: 'deliveryAddress', message: 'Nhập địa chỉ nhận kết quả' },
    ]);
    expect(plan.files).toEqual({ 5: 'Thiếu giấy tờ bắt buộc' });
    expect(plan.other).toEqual([]);
    expect(plan.firstStep).toBe('applicant');
  });

  it('jumps to the first step for a missing agency', () => {
    const plan = planErrors(
      [
        { field: 'files.0', message: 'Thiếu giấy tờ' },
        { field: 'receivingUnitId', message: 'Chọn cơ quan tiếp nhận' },
      ],
      formFields,
    );
    expect(plan.firstStep).toBe('case');
  });

  it('keeps errors about fields the form does not show, with their step, for the summary', () => {
    const plan = planErrors(
      [
        { field: 'authorisedPerson', message: 'Cần thông tin người được ủy quyền' },
        { field: 'procedureCode', message: 'Thủ tục không còn nộp trực tuyến' },
      ],
      formFields,
    );
    expect(plan.fields).toEqual([]);
    expect(plan.other).toEqual([
      { step: 'applicant', message: 'Cần thông tin người được ủy quyền' },
      { step: 'review', message: 'Thủ tục không còn nộp trực tuyến' },
    ]);
    expect(plan.firstStep).toBe('applicant');
  });

  it('has no step to go to when there is no error', () => {
    expect(planErrors([], formFields).firstStep).toBeNull();
  });
});

describe('flattenFormErrors', () => {
  it('turns nested form errors into dotted fields', () => {
    const ref = { name: 'x' };
    expect(
      flattenFormErrors({
        receivingUnitId: { type: 'custom', message: 'Chọn cơ quan', ref },
        applicant: { fullName: { type: 'custom', message: 'Nhập họ và tên', ref } },
      }),
    ).toEqual([
      { field: 'receivingUnitId', message: 'Chọn cơ quan' },
      { field: 'applicant.fullName', message: 'Nhập họ và tên' },
    ]);
  });
});
