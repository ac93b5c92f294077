import type { ExportJob } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { filenameFromDisposition, saveBlob } from '../../../lib/download';
import { exportFallbackName, exportMediaType } from '../lib/export-job';

/** A finished export's file, saved under the name the server gave it. */
export async function downloadExport(job: ExportJob): Promise<string> {
  const { blob, headers } = await apiDownload(`/statistics/exports/${encodeURIComponent(job.id)}/file`, {
    accept: exportMediaType(job.format),
  });
  const filename = filenameFromDisposition(headers.get('content-disposition'), exportFallbackName(job));
  saveBlob(blob, filename);
  return filename;
}

export function useDownloadExport() {
  return useMutation({ mutationFn: downloadExport });
}
