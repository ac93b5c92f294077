import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

type FileRequest = { dossierId: string; fileId: string };

/** A file of the citizen's dossier, fetched with the bearer token (a plain link cannot carry it). */
export function getDossierFile({ dossierId, fileId }: FileRequest) {
  return api.requestBlob(
    `/citizen/dossiers/${encodeURIComponent(dossierId)}/files/${encodeURIComponent(fileId)}`,
  );
}

/** Saves a blob under a name, the way a download link would. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time this runs; the object URL would otherwise live as long as the page.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The server sends every file as an attachment; its name in the dossier is the one the citizen sees. */
export function useDownloadFile() {
  return useMutation({
    mutationFn: async (request: FileRequest & { name: string }) => {
      const { blob } = await getDossierFile(request);
      saveBlob(blob, request.name);
    },
  });
}
