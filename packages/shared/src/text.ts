/** Vietnamese text helpers shared by the API and the SPAs. Text is always stored in NFC. */

export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Like `normalizeText`, but keeps paragraphs: spaces collapse within a line, blank lines collapse to one. */
export function normalizeMultilineText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Folds diacritics, including đ/Đ which Unicode decomposition leaves alone, for diacritic-insensitive matching. */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const collator = new Intl.Collator('vi');

/** Vietnamese alphabetical order (a ă â b c d đ e ê …, tones as secondary differences). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
