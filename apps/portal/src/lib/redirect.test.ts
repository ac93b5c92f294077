import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
  it('keeps an in-app path with its query and hash', () => {
    expect(safeRedirect('/tai-khoan?tab=1#doi-mat-khau', '/')).toBe('/tai-khoan?tab=1#doi-mat-khau');
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['absolute URL', 'https://evil.example/tai-khoan'],
    ['protocol-relative URL', '//evil.example'],
    ['backslash trick', '/\\evil.example'],
    ['javascript URL', 'javascript:alert(1)'],
  ])('falls back for a %s target', (_label, target) => {
    expect(safeRedirect(target, '/tai-khoan')).toBe('/tai-khoan');
  });

  it('does not send the citizen back to an excluded page such as the login form itself', () => {
    expect(safeRedirect('/dang-nhap?tiep=/x', '/tai-khoan', ['/dang-nhap'])).toBe('/tai-khoan');
  });
});
