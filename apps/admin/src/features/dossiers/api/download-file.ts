import { apiBlob } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';

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
  saveBlob(blob, file.name);
}
