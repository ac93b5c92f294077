import { PeriodSchema, type Period } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { periodChanged, periodStale } from './period-cache';

/** Issued → closed: no more entry or approval (the issuer's approval account). */
export function closePeriod({ id, version }: { id: string; version: number }): Promise<Period> {
  return api.post(`/reports/periods/${encodeURIComponent(id)}/close`, { version }, { schema: PeriodSchema });
}

export function useClosePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closePeriod,
    onSuccess: (period) => periodChanged(queryClient, period),
    // Refused (someone moved it first): show the period as it now is.
    onError: (_error, { id }) => periodStale(queryClient, id),
  });
}
