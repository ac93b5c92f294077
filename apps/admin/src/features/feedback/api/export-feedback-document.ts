import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { DOCX_TYPE } from '../lib/answer-document';
import { filenameFromDisposition, saveBlob } from '../../../lib/download';

/** The feedback as a Word document, to attach to an official letter; saved under the name the server gave. */
export async function exportFeedbackDocument({ id, code }: { id: string; code: string }): Promise<string> {
  const { blob, headers } = await apiDownload(`/feedback/${encodeURIComponent(id)}/document`, {
    accept: DOCX_TYPE,
  });
  const filename = filenameFromDisposition(headers.get('content-disposition'), `${code}.docx`);
  saveBlob(blob, filename);
  return filename;
}

export function useExportFeedbackDocument() {
  return useMutation({ mutationFn: exportFeedbackDocument });
}
