import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { lookupFailure } from './code-lookup';

describe('lookupFailure', () => {
  it('tells an unknown code from a malformed one and from other failures', () => {
    const error = (status: number) => new ApiError({ status, code: 'not_found', title: 'x' });
    expect(lookupFailure(error(404))).toBe('not_found');
    expect(lookupFailure(error(400))).toBe('invalid');
    expect(lookupFailure(error(500))).toBe('other');
    expect(lookupFailure(error(503))).toBe('other');
    expect(lookupFailure(new Error('boom'))).toBe('other');
  });
});
