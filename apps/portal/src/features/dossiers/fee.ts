import { CLOSED_STATES, type CitizenDossier } from '@motcua/shared';
import { PAYMENT_RESULT_PARAM } from '../../config/paths';

export type FeeView =
  | { kind: 'none' }
  | { kind: 'paid'; amountVnd: number; paidAt: string | null }
  | { kind: 'due'; amountVnd: number; payable: boolean };

/**
 * What the fee box shows: no fee, paid, or due — and whether it can still be paid online (a closed dossier
 * cannot; the API would refuse it).
 */
export function feeView(dossier: Pick<CitizenDossier, 'feeVnd' | 'paidAt' | 'state' | 'payments'>): FeeView {
  const paidPayments = dossier.payments.filter((p) => p.status === 'paid');
  if (dossier.paidAt !== null || paidPayments.length > 0) {
    const paidTotal = paidPayments.reduce((sum, p) => sum + p.amountVnd, 0);
    return {
      kind: 'paid',
      amountVnd: dossier.feeVnd ?? paidTotal,
      paidAt: dossier.paidAt ?? paidPayments.at(-1)?.paidAt ?? null,
    };
  }
  if (dossier.feeVnd === null || dossier.feeVnd <= 0) return { kind: 'none' };
  return { kind: 'due', amountVnd: dossier.feeVnd, payable: !CLOSED_STATES.includes(dossier.state) };
}

export type PaymentReturn = 'success' | 'failure' | null;

/** The gateway's verdict carried back in `?thanh-toan=thanh-cong|that-bai`; anything else is ignored. */
export function paymentReturnOf(search: URLSearchParams): PaymentReturn {
  const value = search.get(PAYMENT_RESULT_PARAM);
  if (value === 'thanh-cong') return 'success';
  if (value === 'that-bai') return 'failure';
  return null;
}
