import { describe, expect, it } from 'vitest';
import { PhoneSchema, textSchema } from './common';

describe('textSchema', () => {
  const name = textSchema(10, 2);

  it('says a blank field is empty, once, rather than too short', () => {
    const result = name.safeParse('   ');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Không được để trống']);
  });

  it('normalises spaces and composition before measuring', () => {
    expect(name.parse('  Ho\u0300a   An ')).toBe('Hòa An');
    expect(name.safeParse('A').error?.issues[0]?.message).toBe('Cần ít nhất 2 ký tự');
    expect(name.safeParse('Nguyễn Văn An').success).toBe(false);
  });
});

describe('PhoneSchema', () => {
  it('accepts Vietnamese mobile numbers and stores them in the 0… form', () => {
    expect(PhoneSchema.parse('+84912345678')).toBe('0912345678');
    expect(PhoneSchema.safeParse('0212345678').success).toBe(false);
  });
});
