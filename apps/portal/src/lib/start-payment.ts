import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from './api';

// The API declares this response inline (no shared schema), so its shape is checked here.
const PaymentStartedSchema = z.object({
  paymentId: z.uuid(),
  amountVnd: z.number().int(),
  redirectUrl: z.string().min(1),
});

export function startPayment(dossierId: string) {
  return api.request(`/citizen/dossiers/${encodeURIComponent(dossierId)}/payments`, {
    method: 'POST',
    parse: (data) => PaymentStartedSchema.parse(data),
  });
}

/** Starts an online payment and sends the browser to the gateway, which brings the citizen back afterwards. */
export function useStartPayment() {
  return useMutation({
    mutationFn: startPayment,
    onSuccess: ({ redirectUrl }) => window.location.assign(redirectUrl),
  });
}
