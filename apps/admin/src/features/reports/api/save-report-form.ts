import { ReportFormSchema, type ReportForm, type ReportValues } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { formChanged } from './form-cache';
import { formPath, type FormRef } from './keys';

/** Saves the unit's figures (its entry account, while the form is its own); 409 when locked or stale. */
export function saveReportForm({
  ref,
  values,
  version,
}: {
  ref: FormRef;
  values: ReportValues;
  version: number;
}): Promise<ReportForm> {
  return api.put(formPath(ref), { values, version }, { schema: ReportFormSchema });
}

export function useSaveReportForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReportForm,
    onSuccess: (form, { ref }) => formChanged(queryClient, ref, form),
  });
}
