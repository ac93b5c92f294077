import { describe, expect, it } from 'vitest';
import { fallbackFilename } from './export-name';

describe('fallbackFilename', () => {
  it('spells the form and the unit without marks or slashes', () => {
    expect(fallbackFilename('06/VPCP/KSTT', 'Phường Đồng Hới', 'xlsx')).toBe(
      '06-VPCP-KSTT_Phuong-Dong-Hoi.xlsx',
    );
    expect(fallbackFilename('II.06a', 'Sở Tư pháp', 'pdf')).toBe('II.06a_So-Tu-phap.pdf');
  });
});
