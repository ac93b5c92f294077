import { PeriodSchema, type Period } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { periodChanged, periodStale } from './period-cache';

/** Draft → issued: the units under the issuer are told to enter their figures (the issuer's approval account). */
export function issuePeriod({ id, version }: { id: string; version: number }): Promise<Period> {
  return api.post(`/reports/periods/${encodeURIComponent(id)}/issue`, { version }, { schema: PeriodSchema });
}

export function useIssuePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issuePeriod,
    onSuccess: (period) => periodChanged(queryClient, period),
    // Refused (someone moved it first): show the period as it now is.
    onError: (_error, { id }) => periodStale(queryClient, id),
  });
}
