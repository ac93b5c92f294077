import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_BYTES, fileSize, templateFileProblem, templateName } from './templates';

describe('templateFileProblem', () => {
  it('takes PDF, Word and Excel files up to 20 MB', () => {
    for (const name of ['to-khai.pdf', 'Mau 01.DOCX', 'mau.doc', 'bang-ke.xls', 'bang-ke.xlsx']) {
      expect(templateFileProblem({ name, size: 1000 })).toBeNull();
    }
    expect(templateFileProblem({ name: 'to-khai.pdf', size: MAX_TEMPLATE_BYTES })).toBeNull();
  });

  it('refuses an empty file, an oversized one and a picture', () => {
    expect(templateFileProblem({ name: 'to-khai.pdf', size: 0 })).toBe('empty');
    expect(templateFileProblem({ name: 'to-khai.pdf', size: MAX_TEMPLATE_BYTES + 1 })).toBe('tooLarge');
    expect(templateFileProblem({ name: 'anh.jpg', size: 1000 })).toBe('kind');
    expect(templateFileProblem({ name: 'khong-duoi', size: 1000 })).toBe('kind');
  });
});

describe('templateName', () => {
  it('keeps a short name as it is, in NFC', () => {
    expect(templateName(' Tờ khai khai sinh.docx ')).toBe('Tờ khai khai sinh.docx');
    expect(templateName('To\u0301 khai.pdf')).toBe('Tó khai.pdf');
  });

  it('cuts a long name to 200 characters and keeps the extension', () => {
    const name = templateName(`${'a'.repeat(300)}.docx`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('….docx')).toBe(true);
  });
});

describe('fileSize', () => {
  it('says kilobytes under a megabyte, megabytes above', () => {
    expect(fileSize(10)).toBe('1 KB');
    expect(fileSize(870_000)).toBe('850 KB');
    expect(fileSize(2.5 * 1024 * 1024)).toBe('2,5 MB');
  });
});
