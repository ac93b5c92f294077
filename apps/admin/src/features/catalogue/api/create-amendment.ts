import { ProcedureSchema, type Procedure } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { proceduresKey } from './keys';

/** A draft copied from the version in force, to amend it. */
export function createAmendment(code: string): Promise<Procedure> {
  return api.post(`/admin/procedures/${encodeURIComponent(code)}/drafts`, undefined, {
    schema: ProcedureSchema,
  });
}

export function useCreateAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAmendment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proceduresKey }),
  });
}
