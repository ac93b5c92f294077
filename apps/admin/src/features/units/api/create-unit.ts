import { UnitSchema, type Unit, type UnitCreate } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitsKey } from './get-units';

export function createUnit(input: UnitCreate): Promise<Unit> {
  return api.post('/units', input, { schema: UnitSchema });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey }),
  });
}
