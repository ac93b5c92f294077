import { describe, expect, it } from 'vitest';
import { checkFiles, fileTypeLabel } from './file-checks';

const MB = 1024 * 1024;
const pdf = (name: string, size = 2000) => ({ name, size, type: 'application/pdf' });

describe('checkFiles', () => {
  it('accepts scans by type or by extension, and refuses other types, empty and oversized files', () => {
    const result = checkFiles(
      [
        pdf('to-khai.pdf'),
        { name: 'anh.JPG', size: 3000, type: '' },
        { name: 'ghi-chu.txt', size: 100, type: 'text/plain' },
        { name: 'scan.png', size: 0, type: 'image/png' },
        pdf('lon.pdf', 20 * MB + 1),
        pdf('vua.pdf', 20 * MB),
      ],
      { inComponent: 0, inDraft: 0 },
    );
    expect(result.accepted.map((f) => f.name)).toEqual(['to-khai.pdf', 'anh.JPG', 'vua.pdf']);
    expect(result.rejected.map((r) => [r.file.name, r.reason])).toEqual([
      ['ghi-chu.txt', 'wrong_type'],
      ['scan.png', 'empty'],
      ['lon.pdf', 'too_large'],
    ]);
  });

  it('stops at 10 files per component, counting those already attached', () => {
    const result = checkFiles([pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')], { inComponent: 8, inDraft: 8 });
    expect(result.accepted.map((f) => f.name)).toEqual(['a.pdf', 'b.pdf']);
    expect(result.rejected).toEqual([{ file: pdf('c.pdf'), reason: 'too_many_for_component' }]);
  });

  it('stops at 50 files per draft', () => {
    const result = checkFiles([pdf('a.pdf'), pdf('b.pdf')], { inComponent: 0, inDraft: 49 });
    expect(result.rejected.map((r) => r.reason)).toEqual(['too_many_in_total']);
  });
});

describe('fileTypeLabel', () => {
  it('names the accepted types', () => {
    expect(fileTypeLabel('application/pdf')).toBe('PDF');
    expect(fileTypeLabel('image/jpeg')).toBe('JPEG');
    expect(fileTypeLabel('image/png')).toBe('PNG');
  });
});
