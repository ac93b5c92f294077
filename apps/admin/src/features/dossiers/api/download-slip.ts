import { useMutation } from '@tanstack/react-query';
import { apiBlob } from '../../../lib/api-client';

/** Standard slips of Thông tư 03/2025/TT-VPCP, Phụ lục I; 01 is the receipt and appointment. */
export type SlipNumber = '01' | '02' | '03' | '04' | '05' | '06';

export function downloadSlip({ id, slip }: { id: string; slip: SlipNumber }): Promise<Blob> {
  return apiBlob(`/dossiers/${encodeURIComponent(id)}/slips/${slip}`, { accept: 'application/pdf' });
}

export function useDownloadSlip() {
  return useMutation({ mutationFn: downloadSlip });
}
