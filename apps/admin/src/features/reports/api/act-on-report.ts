import { ReportFormSchema, type ReportActionInput, type ReportForm } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { formChanged } from './form-cache';
import { formPath, type FormRef } from './keys';

/**
 * Sends to the leader, approves and sends up, returns to entry; the superior accepts or returns. `version` guards
 * against acting on a copy someone else has moved on since.
 */
export function actOnReport({ ref, input }: { ref: FormRef; input: ReportActionInput }): Promise<ReportForm> {
  return api.post(`${formPath(ref)}/actions`, input, { schema: ReportFormSchema });
}

export function useActOnReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnReport,
    onSuccess: (form, { ref }) => formChanged(queryClient, ref, form),
  });
}
