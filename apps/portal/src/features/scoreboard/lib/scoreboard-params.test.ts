import { describe, expect, it } from 'vitest';
import {
  currentYear,
  parseSelection,
  scoreboardQuery,
  selectionParams,
  yearOptions,
} from './scoreboard-params';

const province = '7a1c2f3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b';

describe('currentYear', () => {
  it('is the year on Vietnam’s clock', () => {
    // 31/12/2025 18:00 UTC is already 01/01/2026 01:00 in Hà Nội.
    expect(currentYear(new Date('2025-12-31T18:00:00Z'))).toBe(2026);
    expect(currentYear(new Date('2025-12-31T16:00:00Z'))).toBe(2025);
  });
});

describe('yearOptions', () => {
  it('offers this year and the two before, newest first', () => {
    expect(yearOptions(2026)).toEqual([2026, 2025, 2024]);
  });
});

describe('parseSelection', () => {
  it('reads the province and a year the picker offers', () => {
    expect(parseSelection(new URLSearchParams(`tinh=${province}&nam=2024`), 2026)).toEqual({
      provinceId: province,
      year: 2024,
    });
  });

  it('falls back to the server’s province and this year for anything else', () => {
    expect(parseSelection(new URLSearchParams('tinh=quang-tri&nam=2019'), 2026)).toEqual({
      provinceId: null,
      year: 2026,
    });
    expect(parseSelection(new URLSearchParams(''), 2026)).toEqual({ provinceId: null, year: 2026 });
  });
});

describe('selectionParams', () => {
  it('leaves the defaults out of the URL', () => {
    expect(selectionParams({ provinceId: null, year: 2026 }, 2026).toString()).toBe('');
    expect(selectionParams({ provinceId: province, year: 2025 }, 2026).toString()).toBe(
      `tinh=${province}&nam=2025`,
    );
  });
});

describe('scoreboardQuery', () => {
  it('always names the year and the province once one is chosen', () => {
    expect(scoreboardQuery({ provinceId: null, year: 2025 })).toBe('year=2025');
    expect(scoreboardQuery({ provinceId: province, year: 2025 })).toBe(`provinceId=${province}&year=2025`);
  });
});
