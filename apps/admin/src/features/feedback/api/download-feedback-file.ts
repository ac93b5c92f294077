import { apiDownload } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';

/**
 * A sender's file or the answer document, fetched with the officer's token (a plain link cannot carry it) and
 * saved under its own name.
 */
export async function downloadFeedbackFile({
  feedbackId,
  file,
}: {
  feedbackId: string;
  file: { id: string; name: string };
}): Promise<string> {
  const { blob } = await apiDownload(
    `/feedback/${encodeURIComponent(feedbackId)}/files/${encodeURIComponent(file.id)}`,
    { accept: '*/*' },
  );
  saveBlob(blob, file.name);
  return file.name;
}
