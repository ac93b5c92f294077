import { BulkAssignResultSchema, type BulkAssignSchema } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

export type BulkAssignInput = z.input<typeof BulkAssignSchema>;
export type BulkAssignResult = z.infer<typeof BulkAssignResultSchema>;

export function bulkAssign(input: BulkAssignInput): Promise<BulkAssignResult> {
  return api.post('/dossiers/bulk-assign', input, { schema: BulkAssignResultSchema });
}

export function useBulkAssign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkAssign,
    // Some may have succeeded even when others failed: refresh in every case. Not awaited: the caller's
    // callbacks must run before the refreshed queue (perhaps empty now) unmounts the bar that started it.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: dossierKeys.all }),
  });
}
