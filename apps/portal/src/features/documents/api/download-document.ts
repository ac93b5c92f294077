import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

type DocumentRequest = { dossierId: string; fileId: string; name: string };

export function getDocumentFile({ dossierId, fileId }: DocumentRequest) {
  return api.requestBlob(
    `/citizen/dossiers/${encodeURIComponent(dossierId)}/files/${encodeURIComponent(fileId)}`,
  );
}

/**
 * Saves one of the citizen's documents. A plain link cannot carry the bearer token, so the file is fetched as a
 * blob and handed to the browser as a download under the server's file name.
 */
export function useDownloadDocument() {
  return useMutation({
    mutationFn: async (request: DocumentRequest) => {
      const { blob, filename } = await getDocumentFile(request);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename ?? request.name;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  });
}
