import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import {
  emptyFeedbackForm,
  FeedbackFormSchema,
  formFieldOf,
  isCaptchaError,
  isOnlyCaptchaError,
  toFeedbackPayload,
  withFormFieldNames,
  type FeedbackFormValues,
} from './feedback-form-schema';

const UNIT = '0b6f3a4e-9a49-4a57-9d7c-3f2f1c1e6a11';
const TOKEN = '5d8a1c2e-7b3f-4e1a-8c9d-2f4e6a8b0c1d';

function filled(overrides: Partial<FeedbackFormValues> = {}): FeedbackFormValues {
  return {
    ...emptyFeedbackForm(),
    unitId: UNIT,
    category: 'conduct',
    title: 'Chậm trả kết quả khai sinh',
    content: 'Tôi nộp hồ sơ đăng ký khai sinh ngày 02/03 nhưng đến nay chưa nhận được kết quả.',
    sender: { fullName: 'Nguyễn Văn An', email: '', phone: '0912 345 678', address: '' },
    consent: true,
    captcha: 'eyJjaGFsbGVuZ2UiOnt9fQ==',
    ...overrides,
  };
}

function errorsOf(values: FeedbackFormValues): Record<string, string> {
  const result = FeedbackFormSchema.safeParse(values);
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('toFeedbackPayload', () => {
  it('sends blanks as null, the phone as digits and the attachments as their tokens', () => {
    const payload = toFeedbackPayload(
      filled({
        procedureCode: '  ',
        dossierCode: ' H44.50.01-261122-0001 ',
        attachments: [{ token: TOKEN, name: 'don.pdf', size: 1000, mime: 'application/pdf' }],
      }),
    );
    expect(payload).toMatchObject({
      unitId: UNIT,
      category: 'conduct',
      procedureCode: null,
      dossierCode: 'H44.50.01-261122-0001',
      sender: { fullName: 'Nguyễn Văn An', email: null, phone: '0912345678', address: null },
      consent: true,
      attachments: [TOKEN],
    });
  });

  it('fills in a signed-in citizen as the sender, and nothing for a visitor', () => {
    const citizen = { fullName: 'Trần Thị Bình', email: 'binh@example.vn', phone: null, address: 'Huế' };
    expect(emptyFeedbackForm(citizen).sender).toEqual({
      fullName: 'Trần Thị Bình',
      email: 'binh@example.vn',
      phone: '',
      address: 'Huế',
    });
    expect(emptyFeedbackForm(null).sender.fullName).toBe('');
  });
});

describe('FeedbackFormSchema', () => {
  it('accepts a complete form', () => {
    expect(errorsOf(filled())).toEqual({});
  });

  it('reports every problem of an empty form at once, each on its own field, in words a citizen acts on', () => {
    expect(errorsOf(emptyFeedbackForm())).toEqual({
      unitId: 'Chọn cơ quan nhận phản ánh, kiến nghị',
      category: 'Chọn nhóm phản ánh',
      title: 'Nhập tiêu đề',
      content: 'Nhập nội dung phản ánh, kiến nghị',
      'sender.fullName': 'Nhập họ và tên',
      'sender.email': 'Cần email hoặc số điện thoại để nhận thông báo',
      consent: 'Cần đồng ý để cơ quan dùng thông tin liên hệ khi xử lý',
      captcha: 'Hãy xác nhận bạn không phải máy',
    });
  });

  it('applies the shared rules: length of the content, the phone number, the e-mail', () => {
    const errors = errorsOf(
      filled({
        content: 'Quá ngắn',
        sender: { fullName: 'An', email: 'an@', phone: '12345', address: '' },
      }),
    );
    expect(errors.content).toBe('Cần ít nhất 20 ký tự');
    expect(errors['sender.email']).toBe('Email không hợp lệ');
    expect(errors['sender.phone']).toBe('Số điện thoại di động không hợp lệ');
  });

  it('refuses a content over 3,000 characters, counted after spaces are collapsed', () => {
    expect(errorsOf(filled({ content: 'a'.repeat(3001) })).content).toBeDefined();
    expect(errorsOf(filled({ content: `${'a '.repeat(1500)}   ` })).content).toBeUndefined();
  });

  it('refuses a sixth attachment', () => {
    const file = (i: number) => ({
      token: TOKEN.replace(/.$/, String(i)),
      name: `${i}.pdf`,
      size: 10,
      mime: 'application/pdf',
    });
    expect(errorsOf(filled({ attachments: [1, 2, 3, 4, 5, 6].map(file) })).attachments).toBe(
      'Tối đa 5 tệp đính kèm',
    );
  });
});

describe('server errors', () => {
  const refusal = (fields: string[]) =>
    new ApiError({
      status: 400,
      code: 'validation_failed',
      title: 'Dữ liệu không hợp lệ',
      errors: fields.map((field) => ({ field, message: `sai ${field}` })),
    });

  it('maps the contract paths onto the form fields', () => {
    expect(formFieldOf('body.sender.email')).toBe('sender.email');
    expect(formFieldOf('body.attachments.2')).toBe('attachments');
    expect(formFieldOf('body.content')).toBe('content');
    expect(formFieldOf('body.unknown')).toBeNull();
    const renamed = withFormFieldNames(refusal(['body.attachments.1', 'body.sender.phone', 'query.x']));
    expect(renamed instanceof ApiError && renamed.errors.map((e) => e.field)).toEqual([
      'attachments',
      'sender.phone',
      'query.x',
    ]);
  });

  it('tells a captcha refusal, alone or with others, from the rest', () => {
    expect(isCaptchaError(refusal(['body.captcha']))).toBe(true);
    expect(isOnlyCaptchaError(refusal(['body.captcha']))).toBe(true);
    // The upload endpoint reports the header's payload as `captcha`.
    expect(isOnlyCaptchaError(refusal(['captcha']))).toBe(true);
    expect(isCaptchaError(refusal(['body.content', 'body.captcha']))).toBe(true);
    expect(isOnlyCaptchaError(refusal(['body.content', 'body.captcha']))).toBe(false);
    expect(isCaptchaError(refusal(['body.content']))).toBe(false);
    expect(isCaptchaError(new Error('network'))).toBe(false);
  });
});
