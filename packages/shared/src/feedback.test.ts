import { describe, expect, it } from 'vitest';
import {
  deadlineState,
  FeedbackCodeSchema,
  feedbackActions,
  FeedbackSubmitSchema,
  maskPersonalData,
} from './feedback';

describe('feedbackActions', () => {
  it('lets the receiving agency classify new feedback, and nothing else', () => {
    expect(feedbackActions('new', ['receiving'])).toEqual([
      'forward',
      'transfer',
      'return',
      'refuse',
      'request_info',
    ]);
    expect(feedbackActions('new', ['lead'])).toEqual([]);
  });
  it('leaves the question for more information to the lead unit once forwarded', () => {
    expect(feedbackActions('processing', ['receiving'])).toEqual([]);
    expect(feedbackActions('processing', ['lead'])).toEqual([
      'request_info',
      'opinion',
      'save_answer',
      'submit_answer',
    ]);
    expect(feedbackActions('processing', ['coordinating'])).toEqual(['opinion']);
  });
  it('gives approval to the approver only and publication to the lead unit', () => {
    expect(feedbackActions('awaiting_approval', ['lead'])).toEqual(['opinion']);
    expect(feedbackActions('awaiting_approval', ['lead', 'approver'])).toEqual([
      'opinion',
      'approve',
      'reject_answer',
    ]);
    expect(feedbackActions('answered', ['lead'])).toEqual(['publish']);
    expect(feedbackActions('published', ['lead', 'receiving', 'approver'])).toEqual([]);
  });
});

describe('maskPersonalData', () => {
  it('hides e-mail addresses, phone numbers and ID numbers', () => {
    expect(
      maskPersonalData('Liên hệ an.nguyen@example.vn, 0912 345 678 hoặc +84912345678; CCCD 044090001234.'),
    ).toBe('Liên hệ [đã ẩn], [đã ẩn] hoặc [đã ẩn]; CCCD [đã ẩn].');
  });
  it('keeps dates, amounts and procedure codes', () => {
    const text = 'Ngày 12/03/2026 nộp 50.000 đồng cho thủ tục 1.001193, chờ 15 ngày.';
    expect(maskPersonalData(text)).toBe(text);
  });
});

describe('deadlineState', () => {
  const due = new Date('2026-11-25T10:00:00Z');
  it('judges a finished step against its deadline', () => {
    expect(deadlineState(due, new Date('2026-11-25T09:00:00Z'), new Date())).toBe('met');
    expect(deadlineState(due, new Date('2026-11-25T11:00:00Z'), new Date())).toBe('missed');
  });
  it('warns within a day of the deadline and after it', () => {
    expect(deadlineState(due, null, new Date('2026-11-23T10:00:00Z'))).toBe('open');
    expect(deadlineState(due, null, new Date('2026-11-24T12:00:00Z'))).toBe('due_soon');
    expect(deadlineState(due, null, new Date('2026-11-25T10:00:01Z'))).toBe('overdue');
  });
});

describe('FeedbackSubmitSchema', () => {
  const valid = {
    unitId: '6f1f7f4e-8a55-4c4f-9a53-0d4f5b9c2a11',
    category: 'rules',
    title: 'Thủ tục còn yêu cầu giấy tờ đã bãi bỏ',
    content: 'Bộ phận một cửa yêu cầu nộp bản sao sổ hộ khẩu dù giấy tờ này đã bị bãi bỏ.',
    sender: { fullName: 'Nguyễn Văn An', email: 'an@example.vn' },
    consent: true,
    captcha: 'payload',
  };
  it('accepts a complete submission', () => {
    expect(FeedbackSubmitSchema.safeParse(valid).success).toBe(true);
  });
  it('names every broken rule at once', () => {
    const result = FeedbackSubmitSchema.safeParse({
      ...valid,
      content: 'x'.repeat(3001),
      sender: { fullName: 'Nguyễn Văn An' },
      consent: false,
      attachments: Array.from({ length: 6 }, () => valid.unitId),
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['content', 'sender.email', 'consent', 'attachments']));
  });
  it('reads a tracking code typed in lower case', () => {
    expect(FeedbackCodeSchema.parse(' pa-7k3qx9md2f ')).toBe('PA-7K3QX9MD2F');
  });
});
