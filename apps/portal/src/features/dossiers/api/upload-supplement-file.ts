import { DossierFileSchema, type CitizenDossier } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { myDossierQueryOptions } from './get-my-dossier';

export type SupplementUpload = { dossierId: string; file: File; componentIndex?: number | undefined };

/** Uploads one requested document (multipart field "file"); the server checks its type by content and its size. */
export function uploadSupplementFile({ dossierId, file, componentIndex }: SupplementUpload) {
  const query = componentIndex === undefined ? '' : `?componentIndex=${componentIndex}`;
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload(`/citizen/dossiers/${encodeURIComponent(dossierId)}/files${query}`, form, {
    parse: (data) => DossierFileSchema.parse(data),
  });
}

export function useUploadSupplementFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadSupplementFile,
    onSuccess: (file, { dossierId }) => {
      // Listed at once; the dossier is then fetched again for anything else the upload changed.
      const { queryKey } = myDossierQueryOptions(dossierId);
      queryClient.setQueryData(queryKey, (dossier: CitizenDossier | undefined) =>
        dossier && !dossier.files.some((f) => f.id === file.id)
          ? { ...dossier, files: [...dossier.files, file] }
          : dossier,
      );
      void queryClient.invalidateQueries({ queryKey });
    },
  });
}
