import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import {
  accessKeyFormSchema,
  feedbackCodeFormSchema,
  isStateConflict,
  isWrongKey,
  normaliseFeedbackCode,
} from './tracking-form-schema';

const KEY = 'Zk3pQ_r8-wXbY2tLmN4vC6dE9aH1sJ0u';

describe('the code form', () => {
  it('accepts a code typed in lower case with spaces around', () => {
    expect(feedbackCodeFormSchema.parse({ code: '  pa-7k3qx9md2f ' })).toEqual({ code: 'PA-7K3QX9MD2F' });
    expect(normaliseFeedbackCode('pa-7k3qx9md2f')).toBe('PA-7K3QX9MD2F');
  });

  it('asks for a code when empty and shows the expected shape when malformed', () => {
    expect(feedbackCodeFormSchema.safeParse({ code: ' ' }).error?.issues[0]?.message).toBe(
      'Nhập mã phản ánh, kiến nghị',
    );
    expect(feedbackCodeFormSchema.safeParse({ code: 'PA-123' }).error?.issues[0]?.message).toBe(
      'Mã phản ánh không đúng (dạng PA-XXXXXXXXXX)',
    );
    // I, L, O and U are not in the code's alphabet (Crockford base32).
    expect(normaliseFeedbackCode('PA-ILOU000000')).toBeNull();
  });
});

describe('the access key form', () => {
  it('takes the key or the private link pasted whole', () => {
    expect(accessKeyFormSchema.parse({ key: ` ${KEY} ` })).toEqual({ key: KEY });
    expect(accessKeyFormSchema.parse({ key: `https://x.vn/phan-anh/PA-7K3QX9MD2F#k=${KEY}` })).toEqual({
      key: KEY,
    });
    expect(accessKeyFormSchema.safeParse({ key: '' }).error?.issues[0]?.message).toBe('Nhập mã truy cập');
    expect(accessKeyFormSchema.safeParse({ key: 'abc' }).error?.issues[0]?.message).toBe(
      'Mã truy cập không đúng',
    );
  });
});

describe('failures', () => {
  const error = (status: number) => new ApiError({ status, code: 'not_found', title: 'x' });

  it('tells a wrong key and a closed action apart', () => {
    expect(isWrongKey(error(403))).toBe(true);
    expect(isWrongKey(error(409))).toBe(false);
    expect(isStateConflict(error(409))).toBe(true);
  });
});
