import { apiBlob } from '../../../lib/api-client';

/** How long a downloaded file's address stays valid: the browser has saved it by then. */
const URL_LIFETIME_MS = 60_000;

/** A file of the dossier, fetched with the officer's token (a plain link cannot carry it) and saved under its name. */
export async function downloadFile({
  dossierId,
  file,
}: {
  dossierId: string;
  file: { id: string; name: string };
}): Promise<void> {
  const blob = await apiBlob(
    `/dossiers/${encodeURIComponent(dossierId)}/files/${encodeURIComponent(file.id)}`,
    { accept: '*/*' },
  );
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
