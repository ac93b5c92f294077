import { ProcedureSchema, type Procedure, type ProcedureContent } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { proceduresKey } from './keys';

/** A draft for a new code, or the next version of an existing one. */
export function createProcedure(content: ProcedureContent): Promise<Procedure> {
  return api.post('/admin/procedures', content, { schema: ProcedureSchema });
}

export function useCreateProcedure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProcedure,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proceduresKey }),
  });
}
