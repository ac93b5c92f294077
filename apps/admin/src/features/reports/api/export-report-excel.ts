import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { filenameFromDisposition, saveBlob } from '../../../lib/download';
import { fallbackFilename } from '../lib/export-name';
import { formPath, type FormRef } from './keys';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The form as an Excel workbook in the official layout, saved under the name the server gave. */
export async function exportReportExcel({
  ref,
  code,
  unit,
}: {
  ref: FormRef;
  code: string;
  unit: string;
}): Promise<string> {
  const { blob, headers } = await apiDownload(`${formPath(ref)}/export.xlsx`, { accept: XLSX_TYPE });
  const filename = filenameFromDisposition(
    headers.get('content-disposition'),
    fallbackFilename(code, unit, 'xlsx'),
  );
  saveBlob(blob, filename);
  return filename;
}

export function useExportReportExcel() {
  return useMutation({ mutationFn: exportReportExcel });
}
