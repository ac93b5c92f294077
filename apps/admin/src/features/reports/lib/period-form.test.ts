import type { ReportTemplate } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  currentQuarter,
  emptyPeriodForm,
  followKind,
  latestTemplates,
  suggestedName,
  toPeriodCreate,
  windowOf,
} from './period-form';

describe('the window a kind and a year give', () => {
  it('runs from the 15th of the month before the period to the 14th of its last month', () => {
    expect(windowOf('q1', '2026')).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    expect(windowOf('q3', '2026')).toEqual({ from: '2026-06-15', to: '2026-09-14' });
    expect(windowOf('half_year', '2026')).toEqual({ from: '2025-12-15', to: '2026-06-14' });
    expect(windowOf('year', '2026')).toEqual({ from: '2025-12-15', to: '2026-12-14' });
  });

  it('gives nothing for a custom period or a year not (yet) typed right', () => {
    expect(windowOf('custom', '2026')).toBeNull();
    expect(windowOf('q1', '202')).toBeNull();
    expect(windowOf('q1', '1999')).toBeNull();
    expect(windowOf('q1', 'abcd')).toBeNull();
  });
});

describe('currentQuarter', () => {
  it('is the quarter whose window holds the day, the 15th of December starting the next year', () => {
    expect(currentQuarter('2026-11-22')).toEqual({ kind: 'q4', year: 2026 });
    expect(currentQuarter('2026-12-14')).toEqual({ kind: 'q4', year: 2026 });
    expect(currentQuarter('2026-12-15')).toEqual({ kind: 'q1', year: 2027 });
    expect(currentQuarter('2026-03-14')).toEqual({ kind: 'q1', year: 2026 });
    expect(currentQuarter('2026-03-15')).toEqual({ kind: 'q2', year: 2026 });
    expect(currentQuarter('2026-01-02')).toEqual({ kind: 'q1', year: 2026 });
  });
});

describe('the dialog pre-filled', () => {
  it('opens on the quarter under way, its window and its name', () => {
    expect(emptyPeriodForm('2026-11-22')).toEqual({
      name: 'Báo cáo quý IV năm 2026',
      kind: 'q4',
      year: '2026',
      from: '2026-09-15',
      to: '2026-12-14',
      entryDeadline: '',
      templateIds: [],
    });
  });

  it('names periods the usual way', () => {
    expect(suggestedName('half_year', '2026')).toBe('Báo cáo 6 tháng năm 2026');
    expect(suggestedName('year', '2026')).toBe('Báo cáo năm 2026');
    expect(suggestedName('custom', '2026')).toBe('');
  });

  it('moves the window and the suggested name with the kind and the year', () => {
    const values = emptyPeriodForm('2026-11-22');
    expect(followKind(values, { kind: 'nine_months', year: '2026' })).toEqual({
      name: 'Báo cáo 9 tháng năm 2026',
      from: '2025-12-15',
      to: '2026-09-14',
    });
    expect(followKind(values, { kind: 'q4', year: '2025' })).toEqual({
      name: 'Báo cáo quý IV năm 2025',
      from: '2025-09-15',
      to: '2025-12-14',
    });
  });

  it('keeps a name the officer typed, and the dates of a custom period', () => {
    const values = { ...emptyPeriodForm('2026-11-22'), name: 'Báo cáo chuyên đề', from: '2026-10-01' };
    expect(followKind(values, { kind: 'q1', year: '2027' }).name).toBe('Báo cáo chuyên đề');
    expect(followKind(values, { kind: 'custom', year: '2026' })).toEqual({
      name: 'Báo cáo chuyên đề',
      from: '2026-10-01',
      to: '2026-12-14',
    });
  });

  it('keeps the dates while the year is half typed', () => {
    const values = emptyPeriodForm('2026-11-22');
    expect(followKind(values, { kind: 'q4', year: '20' })).toMatchObject({
      from: '2026-09-15',
      to: '2026-12-14',
    });
  });
});

describe('toPeriodCreate', () => {
  it('sends the year as a number, and one typed wrong as NaN for the schema to refuse', () => {
    const values = { ...emptyPeriodForm('2026-11-22'), entryDeadline: '2026-12-20', templateIds: ['t'] };
    expect(toPeriodCreate(values).year).toBe(2026);
    expect(toPeriodCreate({ ...values, year: '20x6' }).year).toBeNaN();
  });
});

describe('latestTemplates', () => {
  const template = (id: string, code: string, versionNo: number) =>
    ({
      id,
      code,
      versionNo,
      name: code,
      definition: { rowSource: 'fields', columns: [], rules: [] },
    }) as unknown as ReportTemplate;

  it('offers only the latest version of each code, in the order the codes come', () => {
    const latest = latestTemplates([
      template('a1', '06/VPCP/KSTT', 1),
      template('a2', '06/VPCP/KSTT', 2),
      template('b1', 'II.07b', 1),
      template('c1', 'PAKN', 1),
    ]);
    expect(latest.map((t) => t.id)).toEqual(['a2', 'b1', 'c1']);
  });
});
