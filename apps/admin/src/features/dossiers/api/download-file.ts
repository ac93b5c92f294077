import { useMutation } from '@tanstack/react-query';
import { apiBlob } from '../../../lib/api-client';

/** A file of the dossier, fetched with the officer's token (a plain link cannot carry it). */
export function downloadFile({ dossierId, fileId }: { dossierId: string; fileId: string }): Promise<Blob> {
  return apiBlob(`/dossiers/${encodeURIComponent(dossierId)}/files/${encodeURIComponent(fileId)}`, {
    accept: '*/*',
  });
}

export function useDownloadFile() {
  return useMutation({ mutationFn: downloadFile });
}
