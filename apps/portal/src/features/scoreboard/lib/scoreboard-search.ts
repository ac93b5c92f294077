import { foldVietnamese } from '@motcua/shared';
import type { ScoreboardItem } from './scoreboard-sort';

/** The words of a query, folded: diacritics and case ignored, đ read as d ("Đồng Hới" → ["dong", "hoi"]). */
export function queryWords(query: string): string[] {
  return foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The agencies whose name holds every word typed, in any order ("dong hoi" finds "Phường Đồng Hới"). */
export function filterByName(items: readonly ScoreboardItem[], query: string): ScoreboardItem[] {
  const words = queryWords(query);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const name = foldVietnamese(item.unitName);
    return words.every((word) => name.includes(word));
  });
}
