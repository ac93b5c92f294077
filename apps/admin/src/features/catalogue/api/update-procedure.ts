import { ProcedureSchema, type Procedure, type ProcedureContent } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { proceduresKey } from './keys';

export function updateProcedure({
  id,
  content,
  version,
}: {
  id: string;
  content: ProcedureContent;
  version: number;
}): Promise<Procedure> {
  return api.put(
    `/admin/procedure-versions/${encodeURIComponent(id)}`,
    { content, version },
    {
      schema: ProcedureSchema,
    },
  );
}

export function useUpdateProcedure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProcedure,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proceduresKey }),
  });
}
