import { describe, expect, it } from 'vitest';
import { emptyQuestionForm, QuestionFormSchema, toQuestionPayload } from './question-form-schema';

const valid = {
  procedureCode: '1.001193',
  unitId: '0b6f7c1e-3f7a-4c1e-9d6a-2f4b8f9a1c2d',
  title: 'Đăng ký khai sinh cho con',
  content: 'Con tôi sinh ở tỉnh khác, tôi đăng ký khai sinh ở đâu?',
};

function issuesOf(values: typeof valid) {
  const result = QuestionFormSchema.safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('QuestionFormSchema', () => {
  it('accepts a complete question', () => {
    expect(issuesOf(valid)).toEqual({});
  });

  it('asks for every blank field, the procedure included', () => {
    expect(issuesOf(emptyQuestionForm())).toEqual({
      procedureCode: 'Chọn thủ tục bạn muốn hỏi',
      unitId: 'Chọn cơ quan nhận câu hỏi',
      title: 'Nhập tiêu đề câu hỏi',
      content: 'Nhập nội dung câu hỏi',
    });
  });

  it('quotes the shared rules once something was typed', () => {
    expect(issuesOf({ ...valid, title: 'Hỏi', content: 'Ngắn' })).toEqual({
      title: 'Cần ít nhất 5 ký tự',
      content: 'Cần ít nhất 10 ký tự',
    });
  });
});

describe('toQuestionPayload', () => {
  it('sends the fields as the contract names them', () => {
    expect(toQuestionPayload(valid)).toEqual(valid);
    expect(toQuestionPayload({ ...valid, procedureCode: ' ' }).procedureCode).toBeNull();
  });

  it('starts the form with the procedure given in the URL', () => {
    expect(emptyQuestionForm('1.001193').procedureCode).toBe('1.001193');
  });
});
