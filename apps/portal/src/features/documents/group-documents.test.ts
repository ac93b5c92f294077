import type { CitizenDocument } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { fileTypeLabel, groupDocuments } from './group-documents';

function doc(id: string, kind: CitizenDocument['kind'], createdAt: string): CitizenDocument {
  return {
    id,
    kind,
    name: `${id}.pdf`,
    label: 'Giấy khai sinh',
    mime: 'application/pdf',
    size: 1000,
    signed: kind === 'result',
    dossierId: '7d3c1a52-5f0e-4f3a-9d0c-2f4b6a8e1c3d',
    dossierCode: 'H44.50.01-261122-0001',
    procedureName: 'Thủ tục đăng ký khai sinh',
    createdAt,
  };
}

describe('groupDocuments', () => {
  it('groups by kind in the contract order, newest first, and leaves out empty kinds', () => {
    const groups = groupDocuments([
      doc('a', 'component', '2026-10-01T00:00:00Z'),
      doc('b', 'result', '2026-10-05T00:00:00Z'),
      doc('c', 'component', '2026-11-01T00:00:00Z'),
    ]);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ['result', ['b']],
      ['component', ['c', 'a']],
    ]);
  });

  it('gives nothing for no documents', () => {
    expect(groupDocuments([])).toEqual([]);
  });
});

describe('fileTypeLabel', () => {
  it('names the stored types and leaves others as they are', () => {
    expect(fileTypeLabel('image/png')).toBe('PNG');
    expect(fileTypeLabel('application/zip')).toBe('application/zip');
  });
});
