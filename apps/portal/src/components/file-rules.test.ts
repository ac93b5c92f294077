import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-client';
import { fileProblemOf, formatFileSize, isTooLarge, MAX_FILE_BYTES } from './file-rules';

describe('isTooLarge', () => {
  it('lets a file of exactly 20 MB through and stops one byte more', () => {
    expect(isTooLarge({ size: MAX_FILE_BYTES })).toBe(false);
    expect(isTooLarge({ size: MAX_FILE_BYTES + 1 })).toBe(true);
  });
});

describe('fileProblemOf', () => {
  const problem = (status: number) =>
    new ApiError({ status, code: status === 413 ? 'payload_too_large' : 'validation_failed', title: 'x' });

  it('names the size and type refusals', () => {
    expect(fileProblemOf(problem(413))).toBe('too_large');
    expect(fileProblemOf(problem(415))).toBe('wrong_type');
  });

  it('leaves every other error to the generic message', () => {
    expect(fileProblemOf(problem(400))).toBeNull();
    expect(fileProblemOf(problem(409))).toBeNull();
    expect(fileProblemOf(new Error('boom'))).toBeNull();
  });
});

describe('formatFileSize', () => {
  it('reads in bytes, kilobytes or megabytes with a Vietnamese decimal comma', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(820 * 1024)).toBe('820 KB');
    expect(formatFileSize(1.4 * 1024 * 1024)).toBe('1,4 MB');
  });
});
