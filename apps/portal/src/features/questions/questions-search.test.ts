import { describe, expect, it } from 'vitest';
import {
  isMineSection,
  myQuestionsHref,
  parseQuestionsSearch,
  procedureCodeOf,
  publicQuestionsQuery,
  questionsHref,
} from './questions-search';

describe('parseQuestionsSearch', () => {
  it('reads words, procedure and page from the URL', () => {
    expect(parseQuestionsSearch(new URLSearchParams('q=khai++sinh&thu-tuc=1.001193&trang=2'))).toEqual({
      q: 'khai sinh',
      procedureCode: '1.001193',
      page: 2,
    });
  });

  it('ignores a malformed procedure code or page', () => {
    expect(parseQuestionsSearch(new URLSearchParams('thu-tuc=abc&trang=-1'))).toEqual({
      q: '',
      procedureCode: '',
      page: 1,
    });
    expect(procedureCodeOf(new URLSearchParams('thu-tuc=%201.001193%20'))).toBe('1.001193');
  });
});

describe('questionsHref', () => {
  it('leaves out empty criteria and the first page', () => {
    expect(questionsHref({})).toBe('/hoi-dap');
    expect(questionsHref({ q: ' khai sinh ', procedureCode: '1.001193', page: 1 })).toBe(
      '/hoi-dap?q=khai+sinh&thu-tuc=1.001193',
    );
    expect(questionsHref({ page: 3 })).toBe('/hoi-dap?trang=3');
  });
});

describe('the citizen’s own section', () => {
  it('is ?muc=cua-toi', () => {
    expect(myQuestionsHref).toBe('/hoi-dap?muc=cua-toi');
    expect(isMineSection(new URLSearchParams('muc=cua-toi'))).toBe(true);
    expect(isMineSection(new URLSearchParams('muc=khac'))).toBe(false);
  });
});

describe('publicQuestionsQuery', () => {
  it('names the criteria as the API does', () => {
    expect(
      Object.fromEntries(
        new URLSearchParams(publicQuestionsQuery({ q: 'x', procedureCode: '1.001193', page: 1 })),
      ),
    ).toEqual({ q: 'x', procedureCode: '1.001193', page: '1', pageSize: '10' });
  });
});
