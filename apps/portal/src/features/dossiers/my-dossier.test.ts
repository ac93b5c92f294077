import type { DossierFile } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { pendingSupplementFiles, splitFiles, supplementRequestedAt } from './my-dossier';

function file(kind: DossierFile['kind'], createdAt: string, name = `${kind}.pdf`): DossierFile {
  return {
    id: crypto.randomUUID(),
    kind,
    componentIndex: null,
    name,
    mime: 'application/pdf',
    size: 1000,
    sha256: 'x',
    signed: kind === 'result',
    signedByName: null,
    signedAt: null,
    createdAt,
  };
}

const timeline = [
  { at: '2026-11-20T09:00:00+07:00', label: 'Nộp hồ sơ trực tuyến', stateLabel: 'Chờ tiếp nhận trực tuyến' },
  { at: '2026-11-20T10:00:00+07:00', label: 'Yêu cầu bổ sung hồ sơ', stateLabel: 'Chờ bổ sung hồ sơ' },
  { at: '2026-11-21T08:00:00+07:00', label: 'Công dân gửi bổ sung', stateLabel: 'Đang xử lý' },
  { at: '2026-11-23T14:00:00+07:00', label: 'Yêu cầu bổ sung hồ sơ', stateLabel: 'Chờ bổ sung hồ sơ' },
];

describe('supplementRequestedAt', () => {
  it('is the latest step that asked for documents', () => {
    expect(supplementRequestedAt(timeline)).toBe('2026-11-23T14:00:00+07:00');
  });

  it('is null when no step asked', () => {
    expect(supplementRequestedAt(timeline.slice(0, 1))).toBeNull();
  });
});

describe('pendingSupplementFiles', () => {
  it('counts only the documents uploaded since the latest request, in any time zone notation', () => {
    const early = file('supplement', '2026-11-20T04:00:00.000Z', 'lan-1.pdf');
    const late = file('supplement', '2026-11-23T07:30:00.000Z', 'lan-2.pdf');
    const component = file('component', '2026-11-23T08:00:00.000Z');
    expect(pendingSupplementFiles({ timeline, files: [early, component, late] })).toEqual([late]);
  });

  it('counts every supplement when the timeline does not show the request', () => {
    const only = file('supplement', '2026-11-20T04:00:00.000Z');
    expect(pendingSupplementFiles({ timeline: [], files: [only] })).toEqual([only]);
  });
});

describe('splitFiles', () => {
  it('keeps the result apart from what the citizen handed in', () => {
    const files = [file('component', 'a'), file('supplement', 'b'), file('result', 'c')];
    const { submitted, results } = splitFiles(files);
    expect(submitted.map((f) => f.kind)).toEqual(['component', 'supplement']);
    expect(results.map((f) => f.kind)).toEqual(['result']);
  });
});
