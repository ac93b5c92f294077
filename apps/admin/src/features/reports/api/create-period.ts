import { PeriodSchema, type Period, type PeriodCreate } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

/** Drafts a period for the units under the officer's unit (its approval account only). */
export function createPeriod(input: PeriodCreate): Promise<Period> {
  return api.post('/reports/periods', input, { schema: PeriodSchema });
}

export function useCreatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPeriod,
    onSuccess: (period) => {
      queryClient.setQueryData(reportKeys.period(period.id), period);
      return queryClient.invalidateQueries({ queryKey: reportKeys.periods() });
    },
  });
}
