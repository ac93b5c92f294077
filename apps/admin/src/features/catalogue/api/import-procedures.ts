import { ProcedureImportResultSchema } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { XLSX_TYPE } from '../lib/import-file';
import { proceduresKey } from './keys';

export type ImportResult = z.infer<typeof ProcedureImportResultSchema>;

/**
 * All or nothing: a workbook goes as its bytes, JSON as `{procedures: […]}`. With `publish`, every imported
 * procedure is in force from today.
 */
export function importProcedures({
  body,
  publish,
}: {
  body: { kind: 'xlsx'; file: Blob } | { kind: 'json'; procedures: unknown[] };
  publish: boolean;
}): Promise<ImportResult> {
  const query = { publish: String(publish) };
  if (body.kind === 'xlsx') {
    return api.post('/admin/procedures/import', body.file, {
      query,
      contentType: XLSX_TYPE,
      schema: ProcedureImportResultSchema,
    });
  }
  return api.post(
    '/admin/procedures/import',
    { procedures: body.procedures },
    { query, schema: ProcedureImportResultSchema },
  );
}

export function useImportProcedures() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importProcedures,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proceduresKey }),
  });
}
