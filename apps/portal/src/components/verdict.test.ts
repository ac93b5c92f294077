import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict';

describe('verdictOf', () => {
  it('is valid only for a file this system signed whose signature checks out', () => {
    expect(verdictOf({ signed: true, valid: true })).toBe('valid');
  });

  it('is invalid for a known result whose signature does not check out', () => {
    expect(verdictOf({ signed: true, valid: false })).toBe('invalid');
  });

  it('is not issued here for a file no signature matches, whatever valid says', () => {
    expect(verdictOf({ signed: false, valid: false })).toBe('not_issued');
    expect(verdictOf({ signed: false, valid: true })).toBe('not_issued');
  });
});
