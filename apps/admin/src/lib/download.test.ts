import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './download';

describe('filenameFromDisposition', () => {
  it('reads the quoted name the export sends', () => {
    expect(
      filenameFromDisposition('attachment; filename="thu-tuc-hanh-chinh-2026-11-22.xlsx"', 'x.xlsx'),
    ).toBe('thu-tuc-hanh-chinh-2026-11-22.xlsx');
  });

  it('prefers the UTF-8 name and reads unquoted names', () => {
    expect(
      filenameFromDisposition(
        'attachment; filename="thu-tuc.json"; filename*=UTF-8\'\'th%E1%BB%A7%20t%E1%BB%A5c.json',
        'x',
      ),
    ).toBe('thủ tục.json');
    expect(filenameFromDisposition('attachment; filename=bao-cao.xlsx', 'x')).toBe('bao-cao.xlsx');
  });

  it('falls back when there is no name and never returns a path', () => {
    expect(filenameFromDisposition(null, 'thu-tuc.xlsx')).toBe('thu-tuc.xlsx');
    expect(filenameFromDisposition('attachment', 'thu-tuc.xlsx')).toBe('thu-tuc.xlsx');
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('.._.._etc_passwd');
  });
});

describe('filenameFromDisposition: Vietnamese names of the feedback exports', () => {
  it('prefers the UTF-8 name, which may hold Vietnamese', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="phan-anh.docx"; filename*=UTF-8''Ph%E1%BA%A3n%20%C3%A1nh%20PA-7K3QX9MD2F.docx`,
        'x.docx',
      ),
    ).toBe('Phản ánh PA-7K3QX9MD2F.docx');
  });

  it('falls back to the plain name, then to the given one, and never keeps a path', () => {
    expect(filenameFromDisposition('attachment; filename="thong-ke.xlsx"', 'x.xlsx')).toBe('thong-ke.xlsx');
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('.._.._etc_passwd');
    expect(filenameFromDisposition(null, 'PA-7K3QX9MD2F.docx')).toBe('PA-7K3QX9MD2F.docx');
    expect(filenameFromDisposition('attachment', 'fallback.xlsx')).toBe('fallback.xlsx');
  });
});
