import { describe, expect, it } from 'vitest';
import { feeView, paymentReturnOf } from './fee';

const payment = {
  id: '5b0c1c8e-0000-4000-8000-000000000001',
  amountVnd: 10000,
  status: 'paid' as const,
  paidAt: '2026-11-22T21:00:00+07:00',
};

describe('feeView', () => {
  it('offers online payment for a fee that is due on an open dossier', () => {
    expect(feeView({ feeVnd: 10000, paidAt: null, state: 'waiting_online_intake', payments: [] })).toEqual({
      kind: 'due',
      amountVnd: 10000,
      payable: true,
    });
  });

  it('does not offer it once the dossier is closed', () => {
    expect(feeView({ feeVnd: 10000, paidAt: null, state: 'refused', payments: [] })).toMatchObject({
      kind: 'due',
      payable: false,
    });
  });

  it('shows a paid fee, even before the dossier records the payment time', () => {
    expect(
      feeView({ feeVnd: 10000, paidAt: payment.paidAt, state: 'processing', payments: [payment] }),
    ).toEqual({ kind: 'paid', amountVnd: 10000, paidAt: payment.paidAt });
    expect(feeView({ feeVnd: 10000, paidAt: null, state: 'processing', payments: [payment] })).toMatchObject({
      kind: 'paid',
      paidAt: payment.paidAt,
    });
  });

  it('treats a failed or pending attempt as not paid, and no fee as nothing to pay', () => {
    const failed = { ...payment, status: 'failed' as const, paidAt: null };
    expect(feeView({ feeVnd: 10000, paidAt: null, state: 'processing', payments: [failed] })).toMatchObject({
      kind: 'due',
    });
    expect(feeView({ feeVnd: null, paidAt: null, state: 'processing', payments: [] })).toEqual({
      kind: 'none',
    });
    expect(feeView({ feeVnd: 0, paidAt: null, state: 'processing', payments: [] })).toEqual({ kind: 'none' });
  });
});

describe('paymentReturnOf', () => {
  it('reads the gateway result from the return URL', () => {
    expect(paymentReturnOf(new URLSearchParams('thanh-toan=thanh-cong'))).toBe('success');
    expect(paymentReturnOf(new URLSearchParams('thanh-toan=that-bai'))).toBe('failure');
    expect(paymentReturnOf(new URLSearchParams('thanh-toan=gia-mao'))).toBeNull();
    expect(paymentReturnOf(new URLSearchParams())).toBeNull();
  });
});
