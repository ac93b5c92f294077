import { useMutation } from '@tanstack/react-query';
import { verifyFile } from '../../../lib/verify-file';
import { getDossierFile } from './download-file';

/**
 * "Kiểm tra chữ ký" on the citizen's result: the bytes they would download are checked exactly as anyone holding
 * the file would check them, so the answer is the one a third party gets.
 */
export function useVerifyResult() {
  return useMutation({
    mutationFn: async ({ dossierId, fileId, name }: { dossierId: string; fileId: string; name: string }) => {
      const { blob } = await getDossierFile({ dossierId, fileId });
      return verifyFile(blob, name);
    },
  });
}
