import { describe, expect, it } from 'vitest';
import { normaliseCode, trackingFormSchema } from './tracking-form-schema';

describe('trackingFormSchema', () => {
  it('accepts a code typed in lower case with spaces around, and upper-cases it', () => {
    expect(trackingFormSchema.parse({ code: '  h44.50.01-261122-0001 ' })).toEqual({
      code: 'H44.50.01-261122-0001',
    });
  });

  it('asks for a code when the field is empty, and shows the expected shape when it is malformed', () => {
    const empty = trackingFormSchema.safeParse({ code: '   ' });
    expect(empty.error?.issues[0]?.message).toBe('Nhập mã hồ sơ');
    const malformed = trackingFormSchema.safeParse({ code: 'H44.50.01/261122' });
    expect(malformed.error?.issues[0]?.message).toBe('Mã hồ sơ dạng H44.50.01-261122-0001');
  });
});

describe('normaliseCode', () => {
  it('normalises a code from the URL, and refuses one that cannot be a code', () => {
    expect(normaliseCode('h15.50.05.13-261008-0975')).toBe('H15.50.05.13-261008-0975');
    expect(normaliseCode('abc')).toBeNull();
  });
});
