import { describe, expect, it } from 'vitest';
import { linkify, messageTitle, preview } from './message-text';

function joined(text: string): string {
  return linkify(text)
    .map((part) => part.text)
    .join('');
}

describe('linkify', () => {
  it('makes web addresses clickable and keeps the rest as text', () => {
    expect(linkify('Mở http://localhost:3000/dat-lai-mat-khau?token=abc&x=1 để đặt lại.')).toEqual([
      { kind: 'text', text: 'Mở ' },
      {
        kind: 'link',
        text: 'http://localhost:3000/dat-lai-mat-khau?token=abc&x=1',
        href: 'http://localhost:3000/dat-lai-mat-khau?token=abc&x=1',
      },
      { kind: 'text', text: ' để đặt lại.' },
    ]);
  });

  it('leaves the full stop, comma or closing bracket of the sentence out of the address', () => {
    const parts = linkify('Xem (https://dichvucong.gov.vn/tra-cuu), rồi https://a.vn/b.\nHết');
    expect(parts.filter((p) => p.kind === 'link').map((p) => p.text)).toEqual([
      'https://dichvucong.gov.vn/tra-cuu',
      'https://a.vn/b',
    ]);
    expect(joined('Xem (https://dichvucong.gov.vn/tra-cuu), rồi https://a.vn/b.\nHết')).toBe(
      'Xem (https://dichvucong.gov.vn/tra-cuu), rồi https://a.vn/b.\nHết',
    );
  });

  it('keeps a bracket the address opened itself', () => {
    const [link] = linkify('https://vi.wikipedia.org/wiki/Một_cửa_(hành_chính)').filter(
      (p) => p.kind === 'link',
    );
    expect(link?.text).toBe('https://vi.wikipedia.org/wiki/Một_cửa_(hành_chính)');
  });

  it('never links anything but http and https', () => {
    expect(linkify('javascript:alert(1) data:text/html,x https://').every((p) => p.kind === 'text')).toBe(
      true,
    );
    expect(linkify('')).toEqual([]);
  });
});

describe('preview and messageTitle', () => {
  it('flattens lines and cuts at a word', () => {
    expect(preview('Kính gửi ông,\n\nHồ sơ   đã nhận.')).toBe('Kính gửi ông, Hồ sơ đã nhận.');
    expect(preview('một hai ba bốn năm sáu bảy', 14)).toBe('một hai ba…');
  });

  it('names an SMS by its first words when it has no subject', () => {
    expect(messageTitle({ subject: ' Đặt lại mật khẩu ', text: 'x' }, 'SMS')).toBe('Đặt lại mật khẩu');
    expect(messageTitle({ subject: '', text: 'Mã xác thực: 123456' }, 'SMS')).toBe('Mã xác thực: 123456');
    expect(messageTitle({ subject: '', text: '  ' }, 'SMS')).toBe('SMS');
  });
});
