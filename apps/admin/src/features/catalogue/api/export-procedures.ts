import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { todayInVietnam } from '../../../lib/format';
import { filenameFromDisposition, saveBlob } from '../../../lib/download';
import { XLSX_TYPE } from '../lib/import-file';

export type ExportFormat = 'xlsx' | 'json';

/**
 * Downloads the export through the API client (the bearer token lives in memory, a plain link cannot carry
 * it) and saves it under the name the server gave. The versions in force today, or the drafts.
 */
export async function exportProcedures({
  format,
  drafts,
}: {
  format: ExportFormat;
  drafts: boolean;
}): Promise<string> {
  const { blob, headers } = await apiDownload('/admin/procedures/export', {
    accept: format === 'xlsx' ? XLSX_TYPE : 'application/json',
    query: { format, status: drafts ? 'draft' : undefined },
  });
  const filename = filenameFromDisposition(
    headers.get('content-disposition'),
    `thu-tuc-hanh-chinh-${todayInVietnam()}.${format}`,
  );
  saveBlob(blob, filename);
  return filename;
}

export function useExportProcedures() {
  return useMutation({ mutationFn: exportProcedures });
}
