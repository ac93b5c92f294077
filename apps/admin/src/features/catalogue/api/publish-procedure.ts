import { ProcedureSchema, type Procedure } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { proceduresKey } from './keys';

/** Publishes a draft from a date; the version in force ends the day before. */
export function publishProcedure({
  id,
  effectiveFrom,
  version,
}: {
  id: string;
  effectiveFrom: string;
  version: number;
}): Promise<Procedure> {
  return api.post(
    `/admin/procedure-versions/${encodeURIComponent(id)}/publish`,
    { effectiveFrom, version },
    { schema: ProcedureSchema },
  );
}

export function usePublishProcedure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishProcedure,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proceduresKey }),
  });
}
