import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { AnswerFormSchema, isStaleAnswer } from './answer-form';
import { questionsFilters } from './questions-filters';

describe('questions filters in the address bar', () => {
  it('reads a known status and page, and falls back on the rest', () => {
    expect(questionsFilters.parse(new URLSearchParams('status=pending&page=2&size=50'))).toEqual({
      status: 'pending',
      page: 2,
      pageSize: 50,
    });
    expect(questionsFilters.parse(new URLSearchParams('status=closed&page=-1&size=7'))).toEqual({
      status: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(questionsFilters.toParams({ status: undefined, page: 1, pageSize: 20 }).toString()).toBe('');
    expect(questionsFilters.toParams({ status: 'answered', page: 3, pageSize: 20 }).toString()).toBe(
      'status=answered&page=3',
    );
  });
});

describe('the answer form', () => {
  it('validates the answer with the shared rule: trimmed, at least ten characters', () => {
    expect(AnswerFormSchema.safeParse({ answer: '   ' }).success).toBe(false);
    expect(AnswerFormSchema.safeParse({ answer: 'Quá ngắn' }).success).toBe(false);
    expect(AnswerFormSchema.parse({ answer: '  Ông/bà nộp tại bộ phận một cửa.  ' }).answer).toBe(
      'Ông/bà nộp tại bộ phận một cửa.',
    );
  });

  it('treats any 409 as a stale question to reload, nothing else', () => {
    const problem = (status: number, code: 'conflict' | 'version_conflict' | 'validation_failed') =>
      new ApiError({ status, code, title: 'x' });
    expect(isStaleAnswer(problem(409, 'conflict'))).toBe(true);
    expect(isStaleAnswer(problem(409, 'version_conflict'))).toBe(true);
    expect(isStaleAnswer(problem(400, 'validation_failed'))).toBe(false);
    expect(isStaleAnswer(new Error('x'))).toBe(false);
  });
});
