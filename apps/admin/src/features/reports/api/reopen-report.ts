import { ReportFormSchema, type ReportForm } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { formChanged } from './form-cache';
import type { FormRef } from './keys';

/** The issuer's approval account reopens one unit's form for correction, also after the period was closed. */
export function reopenReport({ ref, reason }: { ref: FormRef; reason: string }): Promise<ReportForm> {
  return api.post(
    `/reports/periods/${encodeURIComponent(ref.periodId)}/units/${encodeURIComponent(ref.unitId)}/reopen`,
    { templateId: ref.templateId, reason },
    { schema: ReportFormSchema },
  );
}

export function useReopenReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reopenReport,
    onSuccess: (form, { ref }) => formChanged(queryClient, ref, form),
  });
}
