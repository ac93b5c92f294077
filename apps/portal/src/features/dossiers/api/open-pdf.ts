import type { SlipForm } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** A PDF of the citizen's dossier: the receipt of a fee or a slip the agency issued. */
export type PdfRequest = { path: string; fallbackName: string };

export function receiptRequest(dossierId: string, paymentId: string): PdfRequest {
  return {
    path: `/citizen/dossiers/${encodeURIComponent(dossierId)}/payments/${encodeURIComponent(paymentId)}/receipt`,
    fallbackName: 'bien-lai.pdf',
  };
}

export function slipRequest(dossierId: string, form: SlipForm): PdfRequest {
  return {
    path: `/citizen/dossiers/${encodeURIComponent(dossierId)}/slips/${form}`,
    fallbackName: `mau-${form}.pdf`,
  };
}

/**
 * Fetches the PDF with the bearer token and opens it. The tab is opened before the download, while the click still
 * counts as a user gesture (a tab opened after an await is blocked as a pop-up); where no tab can be opened the
 * file is saved instead.
 */
export function useOpenPdf() {
  return useMutation({
    mutationFn: async ({ path, fallbackName }: PdfRequest) => {
      const tab = window.open('', '_blank');
      try {
        const { blob, filename } = await api.requestBlob(path);
        const url = URL.createObjectURL(blob);
        if (tab) {
          tab.location.href = url;
        } else {
          const link = document.createElement('a');
          link.href = url;
          link.download = filename ?? fallbackName;
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
