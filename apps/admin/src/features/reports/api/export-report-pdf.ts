import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { filenameFromDisposition, saveBlob } from '../../../lib/download';
import { fallbackFilename } from '../lib/export-name';
import { formPath, type FormRef } from './keys';

/** The form as a PDF to print and sign, saved under the name the server gave. */
export async function exportReportPdf({
  ref,
  code,
  unit,
}: {
  ref: FormRef;
  code: string;
  unit: string;
}): Promise<string> {
  const { blob, headers } = await apiDownload(`${formPath(ref)}/export.pdf`, { accept: 'application/pdf' });
  const filename = filenameFromDisposition(
    headers.get('content-disposition'),
    fallbackFilename(code, unit, 'pdf'),
  );
  saveBlob(blob, filename);
  return filename;
}

export function useExportReportPdf() {
  return useMutation({ mutationFn: exportReportPdf });
}
