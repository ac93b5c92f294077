import { describe, expect, it } from 'vitest';
import { CatalogueFormSchema, toCatalogueSearch } from './catalogue-form-schema';

const blank = { q: '', field: '', level: '', onlineLevel: '', agency: '' };

describe('toCatalogueSearch', () => {
  it('turns the submitted form into a first-page search, tidied like the URL', () => {
    expect(toCatalogueSearch({ ...blank, q: '  dang ky   khai sinh ', level: 'commune' })).toEqual({
      q: 'dang ky khai sinh',
      field: '',
      level: 'commune',
      onlineLevel: '',
      agency: '',
      page: 1,
    });
  });
});

describe('CatalogueFormSchema', () => {
  it('accepts an empty search (the whole catalogue) and refuses words longer than the API takes', () => {
    expect(CatalogueFormSchema.safeParse(blank).success).toBe(true);
    const long = CatalogueFormSchema.safeParse({ ...blank, q: 'x'.repeat(201) });
    expect(long.error?.issues[0]?.path).toEqual(['q']);
  });
});
