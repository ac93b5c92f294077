/** A file name for a form when the server names none: "06-VPCP-KSTT_Phuong-Dong-Hoi.xlsx". */
export function fallbackFilename(code: string, unit: string, extension: 'xlsx' | 'pdf'): string {
  const safe = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
      .replace(/[^A-Za-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `${safe(code)}_${safe(unit)}.${extension}`;
}
