import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client';
import { applyServerErrors, mapFieldErrors } from './form-errors';

const fields = ['fullName', 'phone', 'email'] as const;

describe('mapFieldErrors', () => {
  it('strips the body. prefix and keeps the first message per field', () => {
    const mapped = mapFieldErrors(
      [
        { field: 'body.phone', message: 'Số điện thoại đã được đăng ký' },
        { field: 'body.phone', message: 'second' },
        { field: 'body.email', message: 'Email không hợp lệ' },
      ],
      fields,
    );
    expect(mapped.fields).toEqual({ phone: 'Số điện thoại đã được đăng ký', email: 'Email không hợp lệ' });
    expect(mapped.other).toEqual([]);
  });

  it('keeps errors for fields the form does not have apart', () => {
    const mapped = mapFieldErrors([{ field: 'body.version', message: 'Thiếu phiên bản' }], fields);
    expect(mapped.fields).toEqual({});
    expect(mapped.other).toEqual(['Thiếu phiên bản']);
  });
});

describe('applyServerErrors', () => {
  it('sets each field error, focuses only the first field in form order, and returns the detail', () => {
    const setError = vi.fn();
    const error = new ApiError({
      status: 409,
      code: 'conflict',
      title: 'Xung đột dữ liệu',
      detail: 'Số điện thoại đã được đăng ký',
      errors: [
        { field: 'body.email', message: 'Email đã được đăng ký' },
        { field: 'body.phone', message: 'Số điện thoại đã được đăng ký' },
      ],
    });
    expect(applyServerErrors(error, fields, setError)).toEqual({
      message: 'Số điện thoại đã được đăng ký',
      marked: 2,
    });
    expect(setError.mock.calls).toEqual([
      ['phone', { type: 'server', message: 'Số điện thoại đã được đăng ký' }, { shouldFocus: true }],
      ['email', { type: 'server', message: 'Email đã được đăng ký' }, { shouldFocus: false }],
    ]);
  });

  it('adds messages about unknown fields to the summary', () => {
    const setError = vi.fn();
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      title: 'Dữ liệu không hợp lệ',
      errors: [{ field: 'querystring.x', message: 'x sai' }],
    });
    expect(applyServerErrors(error, fields, setError)).toEqual({
      message: 'Dữ liệu không hợp lệ x sai',
      marked: 0,
    });
    expect(setError).not.toHaveBeenCalled();
  });

  it('quotes the request id of a server fault, for support', () => {
    const error = new ApiError({
      status: 500,
      code: 'internal_error',
      title: 'Lỗi hệ thống',
      detail: 'Đã có lỗi xảy ra.',
      requestId: 'abc-123',
    });
    expect(applyServerErrors(error, fields, vi.fn()).message).toBe('Đã có lỗi xảy ra. Mã yêu cầu: abc-123');
  });

  it('gives a generic sentence for errors that are not from the API', () => {
    expect(applyServerErrors(new Error('boom'), fields, vi.fn())).toMatchObject({
      message: expect.stringMatching(/lỗi/),
    });
  });
});
