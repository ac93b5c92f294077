import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, normalizeMultilineText, normalizeText } from './text';

describe('foldVietnamese', () => {
  it('removes tones, vowel marks and the stroke of đ', () => {
    expect(foldVietnamese('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(foldVietnamese('Nguyễn Thị Ánh Tuyết')).toBe('nguyen thi anh tuyet');
  });
  it('treats decomposed input like composed input', () => {
    expect(foldVietnamese('Vie\u0302\u0323t')).toBe('viet');
  });
});

describe('normalizeText', () => {
  it('composes to NFC and collapses spaces', () => {
    const decomposed = '  Ho\u0300a   Bi\u0300nh ';
    expect(normalizeText(decomposed)).toBe('Hòa Bình');
    expect(normalizeText(decomposed)).toHaveLength(8);
  });
});

describe('compareVietnamese', () => {
  it('orders letters with marks after their base letter and đ after d', () => {
    const names = ['Đức', 'Dũng', 'Ân', 'An', 'Bình', 'Ăn'];
    expect([...names].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dũng', 'Đức']);
  });
});

describe('normalizeMultilineText', () => {
  it('keeps paragraphs while tidying spaces and blank lines', () => {
    expect(normalizeMultilineText('  Kính gửi  Sở,\r\n\r\n\r\n\tNội dung   phản ánh. \nXin cảm ơn.  ')).toBe(
      'Kính gửi Sở,\n\nNội dung phản ánh.\nXin cảm ơn.',
    );
  });
});
