import { STANDARD_REPORTS } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER_FORM } from './filter-form';
import { reportGroups, standardQuery, standardRun } from './standard-query';

describe('reportGroups', () => {
  it('puts the 11 lists before the 5 summaries, each report once', () => {
    const groups = reportGroups();
    expect(groups.map((g) => [g.kind, g.reports.length])).toEqual([
      ['list', 11],
      ['summary', 5],
    ]);
    expect(groups.flatMap((g) => g.reports).sort()).toEqual([...STANDARD_REPORTS].sort());
  });
});

describe('standardQuery', () => {
  it('keeps the report, grouping, year and page in the address', () => {
    const query = standardQuery.parse(
      new URLSearchParams('report=processing&group=field&year=2024&channel=online&page=3'),
    );
    expect(query).toMatchObject({
      report: 'processing',
      groupBy: 'field',
      year: '2024',
      page: 3,
      filter: { ...EMPTY_FILTER_FORM, channel: 'online' },
    });
    expect(standardQuery.toParams(query).toString()).toBe(
      'report=processing&channel=online&group=field&year=2024&page=3',
    );
  });

  it('ignores an unknown report and a year out of range', () => {
    const query = standardQuery.parse(new URLSearchParams('report=everything&year=1850&group=month'));
    expect(query).toMatchObject({ report: undefined, year: '', groupBy: '' });
  });

  it('starts again from page 1 when a filter changes', () => {
    const next = standardQuery.change(new URLSearchParams('report=returned&page=4'), {
      groupBy: 'procedure',
    });
    expect(next.toString()).toBe('report=returned&group=procedure');
  });
});

describe('standardRun', () => {
  const query = {
    filter: {
      ...EMPTY_FILTER_FORM,
      from: '2025-01-01',
      to: '2025-03-31',
      states: ['processing' as const],
      result: 'late' as const,
      overdue: true,
    },
    groupBy: 'procedure' as const,
    year: '2024',
  };

  it('sends a list report its states and grouping, but not the custom-only criteria', () => {
    expect(standardRun('processing', query, '2026-05-04')).toEqual({
      filter: { dateField: 'received', from: '2025-01-01', to: '2025-03-31', states: ['processing'] },
      groupBy: 'procedure',
    });
  });

  it('gives a summary neither states nor grouping', () => {
    expect(standardRun('unit_summary', query, '2026-05-04')).toEqual({
      filter: { dateField: 'received', from: '2025-01-01', to: '2025-03-31' },
      groupBy: null,
    });
  });

  it('gives a yearly summary the whole chosen year, or this year', () => {
    expect(standardRun('unit_yearly', query, '2026-05-04').filter).toMatchObject({
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(standardRun('satisfaction_yearly', { ...query, year: '' }, '2026-05-04').filter).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });
});
