import { FEEDBACK_LIMITS } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import { attachmentTypeLabel, checkAttachments, rejectionText, uploadErrorText } from './attachment-rules';

const file = (name: string, size = 100_000, type = '') => ({ name, size, type });

describe('checkAttachments', () => {
  it('accepts PDF, JPEG, PNG and Word by type or by extension', () => {
    const chosen = [
      file('don.pdf', 1000, 'application/pdf'),
      file('anh.JPG'),
      file('chup-man-hinh.png', 1000, 'image/png'),
      file('kien-nghi.docx', 1000, ''),
    ];
    expect(checkAttachments(chosen, 0)).toEqual({ accepted: chosen, rejected: [] });
  });

  it('says why each refused file is refused', () => {
    const { accepted, rejected } = checkAttachments(
      [
        file('bang-tinh.xlsx', 1000, 'application/vnd.ms-excel'),
        file('trong.pdf', 0, 'application/pdf'),
        file('lon.pdf', FEEDBACK_LIMITS.attachmentBytes + 1, 'application/pdf'),
        file('vua.pdf', FEEDBACK_LIMITS.attachmentBytes, 'application/pdf'),
      ],
      0,
    );
    expect(accepted.map((f) => f.name)).toEqual(['vua.pdf']);
    expect(rejected.map(({ file: f, reason }) => [f.name, reason])).toEqual([
      ['bang-tinh.xlsx', 'wrong_type'],
      ['trong.pdf', 'empty'],
      ['lon.pdf', 'too_large'],
    ]);
  });

  it('counts the files already attached or on their way against the limit of five', () => {
    const chosen = [file('1.pdf'), file('2.pdf'), file('3.pdf')];
    const { accepted, rejected } = checkAttachments(chosen, 3);
    expect(accepted.map((f) => f.name)).toEqual(['1.pdf', '2.pdf']);
    expect(rejected).toEqual([{ file: chosen[2], reason: 'too_many' }]);
  });
});

describe('messages', () => {
  it('names the file and the limits in Vietnamese', () => {
    // With a no-break space, so the size never splits across lines.
    expect(rejectionText('lon.pdf', 'too_large')).toContain('10\u00a0MB');
    expect(rejectionText('lon.pdf', 'too_large')).toContain('“lon.pdf”');
    expect(rejectionText('x.pdf', 'too_many')).toContain('tối đa 5 tệp');
    expect(rejectionText('a.xlsx', 'wrong_type')).toContain('Word (.docx)');
  });

  it('turns the server refusing a type or a size into the same words', () => {
    const status = (s: number) => new ApiError({ status: s, code: 'validation_failed', title: 'x' });
    expect(uploadErrorText('a.pdf', status(415))).toBe(rejectionText('a.pdf', 'wrong_type'));
    expect(uploadErrorText('a.pdf', status(413))).toBe(rejectionText('a.pdf', 'too_large'));
    expect(uploadErrorText('a.pdf', status(503))).toContain('Chưa tải lên được tệp “a.pdf”.');
  });

  it('labels the stored types', () => {
    expect(
      attachmentTypeLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toBe('Word');
    expect(attachmentTypeLabel('image/png')).toBe('PNG');
  });
});
