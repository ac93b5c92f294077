import { describe, expect, it } from 'vitest';
import {
  RatingFormSchema,
  StopFormSchema,
  SupplementFormSchema,
  toRatingPayload,
  toStopPayload,
  toSupplementPayload,
  type RatingFormValues,
} from './my-dossier-form-schema';

function firstMessages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  if (result.success || !result.error) return {};
  const messages: Record<string, string> = {};
  for (const issue of result.error.issues) messages[String(issue.path[0])] ??= issue.message;
  return messages;
}

describe('StopFormSchema', () => {
  it('asks for a reason when none is given', () => {
    expect(firstMessages(StopFormSchema.safeParse({ reason: '   ' }))).toEqual({ reason: 'Nhập lý do' });
  });

  it('applies the shared minimum of five characters', () => {
    expect(firstMessages(StopFormSchema.safeParse({ reason: 'Thôi' }))).toEqual({
      reason: 'Cần ít nhất 5 ký tự',
    });
    expect(StopFormSchema.safeParse({ reason: 'Tôi đã chuyển nơi ở' }).success).toBe(true);
  });

  it('sends the reason with the version of the dossier on screen', () => {
    expect(toStopPayload({ reason: 'Đã nộp nhầm thủ tục' }, 7)).toEqual({
      reason: 'Đã nộp nhầm thủ tục',
      version: 7,
    });
  });
});

describe('SupplementFormSchema', () => {
  it('takes an empty note as none', () => {
    expect(SupplementFormSchema.safeParse({ comment: '' }).success).toBe(true);
    expect(toSupplementPayload({ comment: '  ' }, 3)).toEqual({ comment: null, version: 3 });
  });

  it('refuses a note longer than the API takes', () => {
    expect(
      firstMessages(SupplementFormSchema.safeParse({ comment: 'a'.repeat(2001) })).comment,
    ).toBeDefined();
  });
});

describe('RatingFormSchema', () => {
  const rating = (values: Partial<RatingFormValues>): RatingFormValues => ({
    satisfied: '',
    reasons: [],
    comment: '',
    ...values,
  });

  it('asks for an answer first', () => {
    expect(firstMessages(RatingFormSchema.safeParse(rating({})))).toEqual({
      satisfied: 'Chọn “Hài lòng” hoặc “Chưa hài lòng”',
    });
  });

  it('needs at least one reason when not satisfied', () => {
    expect(firstMessages(RatingFormSchema.safeParse(rating({ satisfied: 'no' })))).toEqual({
      reasons: 'Chọn ít nhất một lý do chưa hài lòng',
    });
    expect(RatingFormSchema.safeParse(rating({ satisfied: 'no', reasons: ['late'] })).success).toBe(true);
  });

  it('accepts satisfied alone', () => {
    expect(RatingFormSchema.safeParse(rating({ satisfied: 'yes' })).success).toBe(true);
  });

  it('drops reasons ticked before switching to satisfied, and a blank comment', () => {
    expect(toRatingPayload(rating({ satisfied: 'yes', reasons: ['late'], comment: ' ' }))).toEqual({
      satisfied: true,
      reasons: [],
      comment: null,
    });
    expect(toRatingPayload(rating({ satisfied: 'no', reasons: ['attitude'], comment: 'Chờ lâu' }))).toEqual({
      satisfied: false,
      reasons: ['attitude'],
      comment: 'Chờ lâu',
    });
  });
});
