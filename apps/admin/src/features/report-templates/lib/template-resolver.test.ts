import { describe, expect, it } from 'vitest';
import { countErrors, nestIssues, templateResolver } from './template-resolver';
import { emptyColumn, type TemplateFormValues } from './template-form';
import { t } from './texts';

function valid(): TemplateFormValues {
  return {
    code: ' MOI/01 ',
    name: 'Biểu  mẫu   mới',
    definition: {
      rowSource: 'levels',
      columns: [{ ...emptyColumn(), key: 'tong', label: 'Tổng' }],
      rules: [],
    },
  };
}

async function resolve(values: TemplateFormValues, taken: string[] = []) {
  const resolver = templateResolver(taken);
  return resolver(values, undefined, { fields: {}, shouldUseNativeValidation: undefined });
}

describe('templateResolver', () => {
  it('hands over the body as the shared schema outputs it', async () => {
    const result = await resolve(valid());
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      code: 'MOI/01',
      name: 'Biểu mẫu mới',
      definition: {
        rowSource: 'levels',
        columns: [{ key: 'tong', label: 'Tổng', group: null, sumOf: null, metric: null }],
        rules: [{ kind: 'non_negative' }],
      },
    });
  });

  it('puts the editor’s messages on the fields, nested as react-hook-form reads them', async () => {
    const values = valid();
    values.definition.columns.push({ ...emptyColumn(), key: 'tong', label: '' });
    const result = await resolve(values, ['MOI/01']);
    expect(result.values).toEqual({});
    expect(result.errors.code?.message).toBe(t.validation.codeTaken);
    expect(result.errors.definition?.columns?.[1]?.key?.message).toBe(t.validation.keyDuplicate(3));
    expect(result.errors.definition?.columns?.[1]?.label?.message).toBe(t.validation.labelRequired);
    expect(countErrors(result.errors)).toBe(3);
  });
});

describe('nestIssues and countErrors', () => {
  it('keeps the first message per field and counts the list’s own message', () => {
    const errors = nestIssues([
      { path: 'definition.columns.root', message: 'Cần ít nhất một cột' },
      { path: 'name', message: 'Thứ nhất' },
      { path: 'name', message: 'Thứ hai' },
    ]);
    expect(errors.name?.message).toBe('Thứ nhất');
    expect(errors.definition?.columns?.root?.message).toBe('Cần ít nhất một cột');
    expect(countErrors(errors)).toBe(2);
    expect(countErrors({})).toBe(0);
  });
});
