import type { SlipForm } from '@motcua/shared';
import { apiBlob } from '../../../lib/api-client';

export function downloadSlip({ id, slip }: { id: string; slip: SlipForm }): Promise<Blob> {
  return apiBlob(`/dossiers/${encodeURIComponent(id)}/slips/${slip}`, { accept: 'application/pdf' });
}
