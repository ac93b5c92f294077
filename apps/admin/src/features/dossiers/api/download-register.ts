import { apiBlob } from '../../../lib/api-client';

/** Mẫu 07: the register of the dossiers the officer's unit received over a period. */
export function downloadRegister({ from, to }: { from: string; to: string }): Promise<Blob> {
  const query = new URLSearchParams({ from, to });
  return apiBlob(`/dossiers/register?${query.toString()}`, { accept: 'application/pdf' });
}
