import { UnitSchema, type Unit, type UnitUpdate } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitsKey } from './get-units';

export function updateUnit({ id, input }: { id: string; input: UnitUpdate }): Promise<Unit> {
  return api.put(`/units/${encodeURIComponent(id)}`, input, { schema: UnitSchema });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey }),
  });
}
