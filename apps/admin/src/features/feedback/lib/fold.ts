/**
 * Text folded for matching what an officer types against unit names: lower case, no diacritics, đ as d, single
 * spaces. (NFD alone leaves đ untouched.)
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The items whose name holds every word typed, in their own order; all of them when nothing is typed. */
export function matchByName<T extends { name: string }>(items: readonly T[], typed: string): T[] {
  const words = fold(typed).split(' ').filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const name = fold(item.name);
    return words.every((word) => name.includes(word));
  });
}
