import { describe, expect, it } from 'vitest';
import { pageCount } from './pager';

describe('pageCount', () => {
  it('counts at least one page', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
  });
});
