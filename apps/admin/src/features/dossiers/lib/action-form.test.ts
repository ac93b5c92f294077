import { describe, expect, it } from 'vitest';
import { actionResolver, emptyActionForm, parseAmount, toActionInput } from './action-form';

const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('toActionInput', () => {
  it('sends only the inputs of the action, with its version', () => {
    const values = { ...emptyActionForm(20000), comment: '  ', assigneeId: 'x' };
    expect(toActionInput('hand_over', 3, values)).toEqual({ action: 'hand_over', version: 3, comment: null });
    expect(toActionInput('record_payment', 4, values)).toEqual({
      action: 'record_payment',
      version: 4,
      amountVnd: 20000,
      receiptNumber: null,
      comment: null,
    });
  });
});

describe('parseAmount', () => {
  it('reads amounts with thousands separators and refuses the rest', () => {
    expect(parseAmount('20.000')).toBe(20000);
    expect(parseAmount('1 500 000')).toBe(1500000);
    expect(parseAmount('')).toBeNaN();
    expect(parseAmount('-5')).toBeNaN();
  });
});

describe('actionResolver', () => {
  it('requires a reason of at least five characters to refuse', async () => {
    const resolve = actionResolver('refuse');
    const short = await resolve({ ...emptyActionForm(null), comment: 'abc' }, undefined, options);
    expect(short.errors.comment?.message).toBe('Cần ít nhất 5 ký tự');
    const ok = await resolve({ ...emptyActionForm(null), comment: 'Hồ sơ giả mạo' }, undefined, options);
    expect(ok.errors).toEqual({});
    expect(ok.values).toEqual({ action: 'refuse', version: 1, comment: 'Hồ sơ giả mạo' });
  });

  it('puts an error on the line of the supplement list that is wrong', async () => {
    const resolve = actionResolver('request_supplement');
    const result = await resolve(
      {
        ...emptyActionForm(null),
        comment: 'Thiếu giấy tờ chứng minh chỗ ở',
        items: [{ text: 'Bản sao sổ đỏ' }, { text: '' }],
      },
      undefined,
      options,
    );
    expect(result.errors.items?.[1]?.text?.message).toBe('Không được để trống');
    expect(result.errors.items?.[0]).toBeUndefined();
  });

  it('asks to pick an officer rather than reporting a bad id', async () => {
    const result = await actionResolver('assign')(emptyActionForm(null), undefined, options);
    expect(result.errors.assigneeId?.message).toBe('Chọn chuyên viên thụ lý');
  });

  it('reads a typed amount as a number for the payment record', async () => {
    const result = await actionResolver('record_payment')(
      { ...emptyActionForm(null), amountVnd: '20.000', receiptNumber: 'BL-0012' },
      undefined,
      options,
    );
    expect(result.values).toMatchObject({ amountVnd: 20000, receiptNumber: 'BL-0012' });
    const bad = await actionResolver('record_payment')(
      { ...emptyActionForm(null), amountVnd: 'hai mươi' },
      undefined,
      options,
    );
    expect(bad.errors.amountVnd?.message).toBe('Nhập số tiền bằng số, không âm');
  });
});
