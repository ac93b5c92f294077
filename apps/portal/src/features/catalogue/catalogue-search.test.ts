import { describe, expect, it } from 'vitest';
import {
  askQuestionHref,
  catalogueHref,
  catalogueSearchParams,
  emptyCatalogueSearch,
  hasFilters,
  parseCatalogueSearch,
  procedureListQuery,
  questionsHref,
} from './catalogue-search';

describe('parseCatalogueSearch', () => {
  it('reads words, filters and page from the URL', () => {
    const params = new URLSearchParams(
      'q=dang+ky+khai+sinh&linh-vuc=H%E1%BB%99+t%E1%BB%8Bch&cap=commune&truc-tuyen=partial&co-quan=UBND&trang=3',
    );
    expect(parseCatalogueSearch(params)).toEqual({
      q: 'dang ky khai sinh',
      field: 'Hộ tịch',
      level: 'commune',
      onlineLevel: 'partial',
      agency: 'UBND',
      page: 3,
    });
  });

  it('falls back to "all" for values that cannot be right, rather than failing the page', () => {
    const params = new URLSearchParams('cap=huyen&truc-tuyen=maybe&trang=abc');
    expect(parseCatalogueSearch(params)).toEqual(emptyCatalogueSearch);
    expect(parseCatalogueSearch(new URLSearchParams('trang=0')).page).toBe(1);
    expect(parseCatalogueSearch(new URLSearchParams('trang=2.5')).page).toBe(1);
  });

  it('tidies the words and cuts what the API would refuse', () => {
    const params = new URLSearchParams({ q: `  khai   sinh  ${'x'.repeat(300)}` });
    const { q } = parseCatalogueSearch(params);
    expect(q.startsWith('khai sinh x')).toBe(true);
    expect(q).toHaveLength(200);
  });
});

describe('catalogueSearchParams and catalogueHref', () => {
  it('leave out empty criteria and the first page, so the plain catalogue is /thu-tuc', () => {
    expect(catalogueHref('/thu-tuc', emptyCatalogueSearch)).toBe('/thu-tuc');
    expect(catalogueHref('/thu-tuc', { ...emptyCatalogueSearch, q: ' khai sinh ', page: 1 })).toBe(
      '/thu-tuc?q=khai+sinh',
    );
  });

  it('round-trip through the parser', () => {
    const search = {
      q: 'kết hôn',
      field: 'Hộ tịch',
      level: 'commune' as const,
      onlineLevel: 'full' as const,
      agency: 'UBND cấp xã',
      page: 2,
    };
    expect(parseCatalogueSearch(catalogueSearchParams(search))).toEqual(search);
  });
});

describe('procedureListQuery', () => {
  it('names the criteria as the API does and always sends the page and its size', () => {
    const query = new URLSearchParams(
      procedureListQuery({ ...emptyCatalogueSearch, q: 'khai sinh', level: 'commune', page: 2 }, 10),
    );
    expect(Object.fromEntries(query)).toEqual({
      q: 'khai sinh',
      level: 'commune',
      page: '2',
      pageSize: '10',
    });
  });
});

describe('hasFilters', () => {
  it('tells a filtered search from a plain one', () => {
    expect(hasFilters({ ...emptyCatalogueSearch, q: 'khai sinh' })).toBe(false);
    expect(hasFilters({ ...emptyCatalogueSearch, agency: 'Sở Tư pháp' })).toBe(true);
  });
});

describe('links to the Q&A pages', () => {
  it('carry the procedure in ?thu-tuc=', () => {
    expect(askQuestionHref('1.001193')).toBe('/hoi-dap/dat-cau-hoi?thu-tuc=1.001193');
    expect(questionsHref('1.001193')).toBe('/hoi-dap?thu-tuc=1.001193');
  });
});
