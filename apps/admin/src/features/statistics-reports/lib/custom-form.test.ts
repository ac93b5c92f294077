import { describe, expect, it } from 'vitest';
import {
  customErrorPath,
  customFieldErrors,
  customResolver,
  DEFAULT_CUSTOM_FORM,
  definitionFromForm,
  formFromDefinition,
  sameDefinition,
} from './custom-form';
import { EMPTY_FILTER_FORM } from './filter-form';

describe('definition', () => {
  it('sends no grouping as null and the blanks left out', () => {
    expect(definitionFromForm({ ...DEFAULT_CUSTOM_FORM, columns: ['code'] })).toEqual({
      columns: ['code'],
      filter: { dateField: 'received' },
      groupBy: null,
    });
  });

  it('opens a saved definition in the form', () => {
    const form = formFromDefinition({
      columns: ['state', 'code'],
      filter: { dateField: 'finished', overdue: true },
      groupBy: 'month',
    });
    expect(form).toEqual({
      columns: ['state', 'code'],
      filter: { ...EMPTY_FILTER_FORM, dateField: 'finished', overdue: true },
      groupBy: 'month',
    });
  });

  it('sees the same report whatever the blanks', () => {
    expect(
      sameDefinition(
        { columns: ['code'], filter: { dateField: 'received' }, groupBy: null },
        { columns: ['code'], filter: {} },
      ),
    ).toBe(true);
    expect(sameDefinition({ columns: ['code', 'state'] }, { columns: ['state', 'code'] })).toBe(false);
  });
});

describe('customResolver', () => {
  async function resolve(form: typeof DEFAULT_CUSTOM_FORM) {
    return customResolver(form, undefined, { fields: {}, shouldUseNativeValidation: false });
  }

  it('asks for at least one column', async () => {
    const result = await resolve({ ...DEFAULT_CUSTOM_FORM, columns: [] });
    expect(result.errors).toMatchObject({ columns: { message: 'Chọn ít nhất một tiêu chí' } });
  });

  it('puts a reversed range on the end date', async () => {
    const result = await resolve({
      ...DEFAULT_CUSTOM_FORM,
      filter: { ...EMPTY_FILTER_FORM, from: '2025-05-01', to: '2025-04-01' },
    });
    expect(result.errors).toMatchObject({
      filter: { to: { message: 'Ngày bắt đầu phải trước ngày kết thúc' } },
    });
  });

  it('refuses a malformed procedure code', async () => {
    const result = await resolve({
      ...DEFAULT_CUSTOM_FORM,
      filter: { ...EMPTY_FILTER_FORM, procedureCode: '1001193' },
    });
    expect(result.errors).toMatchObject({
      filter: { procedureCode: { message: 'Mã thủ tục dạng 1.001193' } },
    });
  });

  it('passes a valid report through as the contract input', async () => {
    const result = await resolve(DEFAULT_CUSTOM_FORM);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ columns: DEFAULT_CUSTOM_FORM.columns, groupBy: null });
  });
});

describe('server errors', () => {
  it('maps running, saving and exporting paths onto the form', () => {
    expect(customErrorPath('body.definition.filter.to')).toBe('filter.to');
    expect(customErrorPath('body.source.definition.columns')).toBe('columns');
    expect(customErrorPath('body.definition.columns.3')).toBe('columns');
    expect(customErrorPath('body.definition.filter.states.0')).toBe('filter.states');
    expect(customErrorPath('body.name')).toBe('name');
    expect(customErrorPath('body.definition.filter.bogus')).toBeUndefined();
    expect(customErrorPath('query.page')).toBeUndefined();
  });

  it('keeps the first message per field and the rest for the alert', () => {
    expect(
      customFieldErrors([
        { field: 'body.definition.filter.to', message: 'a' },
        { field: 'body.definition.filter.to', message: 'b' },
        { field: 'body.page', message: 'c' },
      ]),
    ).toEqual({ fields: [{ path: 'filter.to', message: 'a' }], rest: ['c'] });
  });
});
