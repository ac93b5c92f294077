import { foldVietnamese, type FeedbackAgency } from '@motcua/shared';

/**
 * The agencies whose name holds every word typed, diacritics and case ignored ("ha noi" finds "Hà Nội", "bo tai"
 * finds "Bộ Tài chính"). The list is short enough to search in the browser.
 */
export function matchAgencies(agencies: readonly FeedbackAgency[], query: string): FeedbackAgency[] {
  const words = foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return [...agencies];
  return agencies.filter((agency) => {
    const name = foldVietnamese(agency.name);
    return words.every((word) => name.includes(word));
  });
}
