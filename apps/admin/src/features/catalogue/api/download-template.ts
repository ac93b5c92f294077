import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { filenameFromDisposition, saveBlob } from '../../../lib/download';

/**
 * Downloads a template form the way the portal offers it to citizens, and saves it under the name the server
 * gives (the listed name when it gives none). Through the API client, so a refusal arrives as a problem.
 */
export async function downloadTemplate({ id, name }: { id: string; name: string }): Promise<string> {
  const { blob, headers } = await apiDownload(`/procedures/templates/${encodeURIComponent(id)}`, {
    accept: '*/*',
  });
  const filename = filenameFromDisposition(headers.get('content-disposition'), name);
  saveBlob(blob, filename);
  return filename;
}

export function useDownloadTemplate() {
  return useMutation({ mutationFn: downloadTemplate });
}
