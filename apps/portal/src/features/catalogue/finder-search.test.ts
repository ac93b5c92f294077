import { describe, expect, it } from 'vitest';
import { FinderFormSchema, finderHref, parseSituation } from './finder-search';

describe('parseSituation', () => {
  it('reads the situation from ?tinh-huong=, tidied as the API stores text', () => {
    expect(parseSituation(new URLSearchParams('tinh-huong=con+t%C3%B4i++m%E1%BB%9Bi+sinh+'))).toBe(
      'con tôi mới sinh',
    );
  });

  it('asks nothing for a missing, too short or too long situation', () => {
    expect(parseSituation(new URLSearchParams())).toBeNull();
    expect(parseSituation(new URLSearchParams('tinh-huong=ab'))).toBeNull();
    expect(parseSituation(new URLSearchParams({ 'tinh-huong': 'a'.repeat(501) }))).toBeNull();
  });
});

describe('finderHref', () => {
  it('links the finder with the situation, or the bare finder when there is none', () => {
    expect(finderHref(' Tôi muốn kết hôn ')).toBe(
      `/huong-dan?tinh-huong=${encodeURIComponent('Tôi muốn kết hôn').replace(/%20/g, '+')}`,
    );
    expect(finderHref('   ')).toBe('/huong-dan');
  });
});

describe('FinderFormSchema', () => {
  it('asks for a situation when the box is empty and quotes the shared rule when it is too short', () => {
    const empty = FinderFormSchema.safeParse({ situation: '  ' });
    expect(empty.error?.issues.map((i) => i.message)).toEqual(['Mô tả tình huống của bạn']);
    const short = FinderFormSchema.safeParse({ situation: 'ab' });
    expect(short.error?.issues.map((i) => i.message)).toEqual(['Cần ít nhất 3 ký tự']);
    expect(FinderFormSchema.safeParse({ situation: 'con tôi mới sinh' }).success).toBe(true);
  });
});
