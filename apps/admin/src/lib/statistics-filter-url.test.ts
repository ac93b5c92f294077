import { describe, expect, it } from 'vitest';
import { drillFilters, drillHref, filterToParams, paramsToFilter, safeBack } from './statistics-filter-url';

const UNIT = '0b6a3c1e-8d4f-4a7b-9c2d-1e5f6a7b8c9d';

describe('a filter in the address', () => {
  it('reads back what it wrote', () => {
    const filter = {
      unitId: UNIT,
      receivingUnitId: UNIT,
      dateField: 'finished' as const,
      from: '2026-01-01',
      to: '2026-03-31',
      states: ['processing' as const, 'reviewing' as const],
      channel: 'online' as const,
      procedureCode: '1.001193',
      field: 'Hộ tịch',
      result: 'late' as const,
      overdue: true,
      rating: 'unsatisfied' as const,
    };
    const params = filterToParams(filter);
    expect(params.toString()).toBe(
      `unitId=${UNIT}&receivingUnitId=${UNIT}&dateField=finished&from=2026-01-01&to=2026-03-31&states=processing%2Creviewing&channel=online&procedureCode=1.001193&field=H%E1%BB%99+t%E1%BB%8Bch&result=late&overdue=1&rating=unsatisfied`,
    );
    expect(paramsToFilter(params)).toEqual(filter);
  });

  it('leaves the default date field out, and reads it back', () => {
    expect(filterToParams({ dateField: 'received', from: '2026-01-01' }).toString()).toBe('from=2026-01-01');
    expect(paramsToFilter(new URLSearchParams('from=2026-01-01'))).toEqual({
      dateField: 'received',
      from: '2026-01-01',
    });
  });

  it('drops what the API would refuse rather than failing the list', () => {
    const filter = paramsToFilter(
      new URLSearchParams(
        'unitId=not-a-uuid&dateField=paid&from=2026-02-30&states=processing,flying,processing&channel=fax&result=soon&overdue=maybe',
      ),
    );
    expect(filter).toEqual({ dateField: 'received', states: ['processing'] });
  });

  it('keeps only the start of a range that ends before it starts', () => {
    expect(paramsToFilter(new URLSearchParams('from=2026-05-01&to=2026-04-01'))).toEqual({
      dateField: 'received',
      from: '2026-05-01',
    });
  });

  it('links to the drill-down list with the way back', () => {
    expect(drillHref({ overdue: true }, '/statistics?unitId=x')).toBe(
      '/statistics/dossiers?overdue=1&back=%2Fstatistics%3FunitId%3Dx',
    );
    const parsed = drillFilters.parse(new URLSearchParams('overdue=1&back=%2Fstatistics&page=3'));
    expect(parsed).toMatchObject({ filter: { overdue: true }, back: '/statistics', page: 3 });
  });

  it('goes back only to a screen of this app', () => {
    expect(safeBack('/statistics?x=1', '/statistics')).toBe('/statistics?x=1');
    expect(safeBack('https://evil.example', '/statistics')).toBe('/statistics');
    expect(safeBack('//evil.example', '/statistics')).toBe('/statistics');
    expect(safeBack(null, '/statistics')).toBe('/statistics');
  });
});

describe("drillHref (a report row's dossiers)", () => {
  it('carries the filter as readable parameters to the statistics dossier list', () => {
    const href = drillHref(
      {
        dateField: 'received',
        receivingUnitId: '0f8e3c2a-1b4d-4e5f-8a9b-0c1d2e3f4a5b',
        states: ['processing', 'reviewing'],
        from: '2025-01-01',
        overdue: true,
      },
      '/statistics/reports?report=unit_summary',
    );
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/statistics/dossiers');
    expect([...url.searchParams]).toEqual([
      ['receivingUnitId', '0f8e3c2a-1b4d-4e5f-8a9b-0c1d2e3f4a5b'],
      ['from', '2025-01-01'],
      ['states', 'processing,reviewing'],
      ['overdue', '1'],
      ['back', '/statistics/reports?report=unit_summary'],
    ]);
  });

  it('keeps a date field other than the default', () => {
    expect(drillHref({ dateField: 'finished', overdue: false })).toBe(
      '/statistics/dossiers?dateField=finished&overdue=0',
    );
  });
});
