import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blankToNull, blankToUndefined, preparedResolver } from './form-resolver';

const Schema = z.object({
  unitId: z.uuid(),
  email: z.email().nullable(),
  password: z.string().min(8).optional(),
});
type Form = { unitId: string; email: string; password: string };

const resolver = preparedResolver(
  zodResolver(Schema),
  (v: Form) => ({ unitId: v.unitId, email: blankToNull(v.email), password: blankToUndefined(v.password) }),
  { unitId: 'Chọn đơn vị' },
);
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('preparedResolver', () => {
  it('accepts empty optional inputs as null or absent', async () => {
    const result = await resolver(
      { unitId: '7d4f2c1a-0b6e-4a57-9d0e-2c1b3a4d5e6f', email: '', password: '' },
      undefined,
      options,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ unitId: '7d4f2c1a-0b6e-4a57-9d0e-2c1b3a4d5e6f', email: null });
  });

  it('says what to do for a blank required choice, and keeps the schema message otherwise', async () => {
    const blank = await resolver({ unitId: '', email: 'x', password: '' }, undefined, options);
    expect(blank.errors.unitId?.message).toBe('Chọn đơn vị');
    expect(blank.errors.email?.message).toBeTruthy();
    const wrong = await resolver({ unitId: 'abc', email: '', password: '' }, undefined, options);
    expect(wrong.errors.unitId?.message).not.toBe('Chọn đơn vị');
  });
});
