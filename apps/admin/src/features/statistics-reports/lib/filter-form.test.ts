import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER_FORM,
  filterFromForm,
  formFromFilter,
  readFilterParams,
  recentYears,
  writeFilterParams,
  yearRange,
} from './filter-form';

const UNIT = '0f8e3c2a-1b4d-4e5f-8a9b-0c1d2e3f4a5b';

function params(record: Record<string, string | undefined>): URLSearchParams {
  const result = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) if (value) result.set(key, value);
  return result;
}

describe('filterFromForm', () => {
  it('leaves blanks out and keeps only the date field when nothing is chosen', () => {
    expect(filterFromForm(EMPTY_FILTER_FORM)).toEqual({ dateField: 'received' });
  });

  it('trims text and puts the states in the contract order', () => {
    expect(
      filterFromForm({
        ...EMPTY_FILTER_FORM,
        unitId: UNIT,
        from: '2025-01-01',
        to: '2025-03-31',
        states: ['returned', 'processing'],
        channel: 'online',
        procedureCode: ' 1.001193 ',
        field: '  Hộ tịch ',
        result: 'late',
        overdue: true,
      }),
    ).toEqual({
      unitId: UNIT,
      dateField: 'received',
      from: '2025-01-01',
      to: '2025-03-31',
      states: ['processing', 'returned'],
      channel: 'online',
      procedureCode: '1.001193',
      field: 'Hộ tịch',
      result: 'late',
      overdue: true,
    });
  });

  it('round-trips through formFromFilter', () => {
    const filter = filterFromForm({ ...EMPTY_FILTER_FORM, dateField: 'finished', to: '2025-06-30' });
    expect(formFromFilter(filter)).toEqual({ ...EMPTY_FILTER_FORM, dateField: 'finished', to: '2025-06-30' });
  });
});

describe('filter in the address', () => {
  it('writes nothing for the defaults', () => {
    const written = writeFilterParams(EMPTY_FILTER_FORM);
    expect(Object.values(written).filter(Boolean)).toEqual([]);
  });

  it('reads back what it wrote', () => {
    const form = {
      ...EMPTY_FILTER_FORM,
      unitId: UNIT,
      dateField: 'returned' as const,
      from: '2024-02-29',
      states: ['waiting_return' as const, 'received' as const],
      channel: 'postal' as const,
      procedureCode: '2.000001',
      field: 'Đất đai',
      overdue: true,
    };
    const read = readFilterParams(params(writeFilterParams(form)));
    expect(read).toEqual({ ...form, states: ['received', 'waiting_return'] });
  });

  it('drops what the API would refuse instead of failing the report', () => {
    const read = readFilterParams(
      params({
        unitId: 'not-a-uuid',
        dateField: 'yesterday',
        from: '2025-02-30',
        to: '31/12/2025',
        states: 'processing,bogus',
        channel: 'fax',
        procedureCode: '1001193',
        result: 'never',
        overdue: 'yes',
        handlerId: '42',
      }),
    );
    expect(read).toEqual({ ...EMPTY_FILTER_FORM, states: ['processing'] });
  });
});

describe('years', () => {
  it('covers the calendar year', () => {
    expect(yearRange(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('offers this year first', () => {
    expect(recentYears('2026-05-04', 3)).toEqual([2026, 2025, 2024]);
  });
});
