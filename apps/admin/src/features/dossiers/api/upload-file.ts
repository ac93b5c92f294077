import { DossierFileSchema, type DossierFile, type FileKind } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

export type FileUpload = { id: string; kind: FileKind; componentIndex?: number | undefined; file: File };

/** Attaches a file (multipart field "file"); the server checks its type by content, not by name. */
export function uploadFile({ id, kind, componentIndex, file }: FileUpload): Promise<DossierFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post(`/dossiers/${encodeURIComponent(id)}/files`, body, {
    query: { kind, componentIndex },
    schema: DossierFileSchema,
  });
}

export function useUploadFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadFile,
    // The files come with the dossier: fetch it again to list the new one.
    onSuccess: (_file, { id }) => queryClient.invalidateQueries({ queryKey: dossierKeys.detail(id) }),
  });
}
