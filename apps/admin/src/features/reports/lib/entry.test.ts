import { SHIPPED_REPORT_FORMS, type ReportDefinition } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  differences,
  draftErrors,
  draftFrom,
  draftValues,
  errorsByCell,
  isDirty,
  parseCell,
  serverCellErrors,
  setCell,
  takeSystem,
  typedDifferences,
} from './entry';

const DOSSIERS: ReportDefinition = SHIPPED_REPORT_FORMS[0].definition;
const LEVELS: ReportDefinition = SHIPPED_REPORT_FORMS[2].definition;

describe('parseCell', () => {
  it('takes a blank as zero and whole numbers as they are', () => {
    expect(parseCell('')).toEqual({ ok: true, value: 0 });
    expect(parseCell(' 12 ')).toEqual({ ok: true, value: 12 });
  });

  it('refuses negatives, decimals, separators and words', () => {
    for (const text of ['-1', '1,5', '1.000', 'mười', '1e3']) {
      expect(parseCell(text).ok, text).toBe(false);
    }
    expect(parseCell('2000000000')).toEqual({ ok: false, message: 'Số quá lớn' });
  });
});

describe('the draft', () => {
  it('shows the typed columns of the saved rows, never the sums', () => {
    const draft = draftFrom(DOSSIERS, {
      'Hộ tịch': { received_total: 5, received_online: 3, received_direct: 2 },
    });
    expect(draft['Hộ tịch']).toMatchObject({ received_online: '3', received_direct: '2', carried_over: '0' });
    expect(draft['Hộ tịch']).not.toHaveProperty('received_total');
  });

  it('saves every row with a figure, its sums computed, and leaves blank rows out', () => {
    let draft = setCell({}, 'Hộ tịch', 'received_online', '3');
    draft = setCell(draft, 'Hộ tịch', 'received_direct', '2');
    draft = setCell(draft, 'Đất đai', 'received_online', '');
    const values = draftValues(DOSSIERS, draft);
    expect(Object.keys(values)).toEqual(['Hộ tịch']);
    expect(values['Hộ tịch']).toMatchObject({ received_total: 5, resolved_total: 0 });
  });

  it('is dirty only when a figure changed (a blank and a 0 are the same)', () => {
    const saved = { 'Hộ tịch': { received_total: 3, received_online: 3 } };
    const draft = draftFrom(DOSSIERS, saved);
    expect(isDirty(DOSSIERS, draft, saved)).toBe(false);
    expect(isDirty(DOSSIERS, setCell(draft, 'Hộ tịch', 'carried_over', ''), saved)).toBe(false);
    expect(isDirty(DOSSIERS, setCell(draft, 'Hộ tịch', 'received_online', '4'), saved)).toBe(true);
    expect(isDirty(DOSSIERS, setCell(draft, 'Hộ tịch', 'received_online', ''), saved)).toBe(true);
  });
});

describe('draftErrors', () => {
  it('names cells that are not numbers and the rows that break the form’s rules', () => {
    let draft = setCell({}, 'Hộ tịch', 'received_online', '2');
    draft = setCell(draft, 'Hộ tịch', 'resolved_on_time', '3');
    draft = setCell(draft, 'Đất đai', 'received_direct', 'abc');
    expect(draftErrors(DOSSIERS, draft)).toEqual([
      { row: 'Đất đai', column: 'received_direct', message: 'Nhập số nguyên không âm' },
      {
        row: 'Hộ tịch',
        column: 'resolved_total',
        message: 'Số đã giải quyết không được lớn hơn số nhận giải quyết (kể cả kỳ trước chuyển qua)',
      },
    ]);
  });

  it('has nothing to say about a consistent form', () => {
    let draft = setCell({}, 'Hộ tịch', 'received_online', '4');
    draft = setCell(draft, 'Hộ tịch', 'resolved_on_time', '3');
    draft = setCell(draft, 'Hộ tịch', 'pending_within', '1');
    expect(draftErrors(DOSSIERS, draft)).toEqual([]);
  });
});

describe('differences from the system', () => {
  const system = {
    'Hộ tịch': { received_total: 5, received_online: 5 },
    'Đất đai': { received_total: 1, received_direct: 1 },
  };

  it('flags each cell whose figure differs, sums included, with both figures', () => {
    const entered = { 'Hộ tịch': { received_online: 7 }, 'Đất đai': { received_direct: 1 } };
    const diffs = differences(DOSSIERS, entered, system, ['Hộ tịch', 'Đất đai', 'Chứng thực']);
    expect(diffs).toEqual([
      { row: 'Hộ tịch', column: 'received_total', entered: 7, system: 5 },
      { row: 'Hộ tịch', column: 'received_online', entered: 7, system: 5 },
    ]);
    expect(typedDifferences(DOSSIERS, diffs)).toEqual([
      { row: 'Hộ tịch', column: 'received_online', entered: 7, system: 5 },
    ]);
  });

  it('counts a row the system has but the unit left blank', () => {
    const diffs = typedDifferences(DOSSIERS, differences(DOSSIERS, {}, system, ['Đất đai']));
    expect(diffs).toEqual([{ row: 'Đất đai', column: 'received_direct', entered: 0, system: 1 }]);
  });

  it('finds none on a form the system has no figures for', () => {
    expect(differences(LEVELS, { tinh: { one_stop: 3 } }, {}, ['tinh'])).toEqual([]);
  });

  it('are gone once the system’s figures are taken', () => {
    let draft = setCell({}, 'Hộ tịch', 'received_online', '7');
    draft = setCell(draft, 'Hộ tịch', 'resolved_on_time', '2');
    draft = setCell(draft, 'Chứng thực', 'received_online', '4');
    const rows = ['Hộ tịch', 'Đất đai', 'Chứng thực'];
    const taken = takeSystem(DOSSIERS, draft, system, rows);
    expect(differences(DOSSIERS, draftValues(DOSSIERS, taken), system, rows)).toEqual([]);
    // The system's figures for every pre-filled column: a row it has nothing for is emptied.
    expect(taken['Chứng thực']).toBeUndefined();
    expect(taken['Đất đai']?.received_direct).toBe('1');
  });
});

describe('serverCellErrors', () => {
  it('reads values.<row>.<column>, a row key holding dots included', () => {
    expect(
      serverCellErrors([
        { field: 'values.Hộ tịch.resolved_total', message: 'Quá số nhận' },
        { field: 'body.values.Lĩnh vực 1.2.received_online', message: 'Không được âm' },
        { field: 'version', message: 'Sai phiên bản' },
      ]),
    ).toEqual([
      { row: 'Hộ tịch', column: 'resolved_total', message: 'Quá số nhận' },
      { row: 'Lĩnh vực 1.2', column: 'received_online', message: 'Không được âm' },
    ]);
  });

  it('keeps the first message of a cell', () => {
    const map = errorsByCell([
      { row: 'r', column: 'c', message: 'one' },
      { row: 'r', column: 'c', message: 'two' },
    ]);
    expect(map.get('r')?.get('c')).toBe('one');
  });
});
