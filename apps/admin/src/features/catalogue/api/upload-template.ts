import { ProcedureTemplateSchema } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

export type ProcedureTemplate = z.infer<typeof ProcedureTemplateSchema>;

/**
 * Stores a template form (multipart field "file"); the server checks by content that it is a PDF, Word or
 * Excel file. It belongs to a procedure only once its id is saved in a component's `templates`.
 */
export function uploadTemplate(file: File): Promise<ProcedureTemplate> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post('/admin/procedure-templates', body, { schema: ProcedureTemplateSchema });
}

export function useUploadTemplate() {
  return useMutation({ mutationFn: uploadTemplate });
}
