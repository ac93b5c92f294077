import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

type ReceiptRequest = { dossierId: string; paymentId: string };

export function getReceipt({ dossierId, paymentId }: ReceiptRequest) {
  return api.requestBlob(
    `/citizen/dossiers/${encodeURIComponent(dossierId)}/payments/${encodeURIComponent(paymentId)}/receipt`,
  );
}

/**
 * Fetches the receipt PDF with the bearer token and opens it. The tab is opened before the download, while the
 * click still counts as a user gesture (a tab opened after an await is blocked as a pop-up); where no tab can be
 * opened the file is saved instead.
 */
export function useDownloadReceipt() {
  return useMutation({
    mutationFn: async (request: ReceiptRequest) => {
      const tab = window.open('', '_blank');
      try {
        const { blob, filename } = await getReceipt(request);
        const url = URL.createObjectURL(blob);
        if (tab) {
          tab.location.href = url;
        } else {
          const link = document.createElement('a');
          link.href = url;
          link.download = filename ?? 'bien-lai.pdf';
          link.click();
        }
        // Long enough for the tab to load it; the PDF then lives in that tab.
        window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      } catch (error) {
        tab?.close();
        throw error;
      }
    },
  });
}
