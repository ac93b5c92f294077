import { ProcedureVersionsSchema, type Procedure } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { proceduresKey } from './keys';

/** Ends a procedure: its version in force applies until `effectiveTo`, inclusive. */
export async function retireProcedure({
  code,
  effectiveTo,
}: {
  code: string;
  effectiveTo: string;
}): Promise<Procedure[]> {
  const { items } = await api.post(
    `/admin/procedures/${encodeURIComponent(code)}/retire`,
    { effectiveTo },
    { schema: ProcedureVersionsSchema },
  );
  return items;
}

export function useRetireProcedure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retireProcedure,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proceduresKey }),
  });
}
