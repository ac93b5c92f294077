import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';

/** How long the PDF's address stays valid: long enough for the new tab to load it, then memory is freed. */
const URL_LIFETIME_MS = 60_000;

/**
 * Prints a PDF from the API: it is fetched with the officer's token (a plain link cannot carry it) and shown in a
 * new tab through an object URL.
 */
export function PrintPdfButton({
  label,
  fetchPdf,
  variant,
  size,
}: {
  label: string;
  fetchPdf: () => Promise<Blob>;
  variant?: 'secondary' | 'ghost';
  size?: 'sm' | 'md';
}) {
  const d = texts.dossiers.detail;
  const download = useMutation({ mutationFn: fetchPdf });
  const [problem, setProblem] = useState<string | null>(null);

  function print() {
    setProblem(null);
    // Opened during the click: a tab opened after the download finished would be taken for a pop-up.
    const tab = window.open('', '_blank');
    if (tab) {
      tab.opener = null;
      tab.document.title = label;
      tab.document.body.textContent = d.printing;
    }
    download.mutate(undefined, {
      onSuccess: (blob) => {
        const url = URL.createObjectURL(blob);
        window.setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
        if (tab && !tab.closed) tab.location.href = url;
        else if (!window.open(url, '_blank')) setProblem(d.popupBlocked);
      },
      onError: (error) => {
        tab?.close();
        const { title, detail } = describeError(error);
        setProblem(`${d.printFailed}: ${detail ?? title}`);
      },
    });
  }

  return (
    <>
      <Button onClick={print} busy={download.isPending} variant={variant} size={size}>
        {download.isPending ? d.printing : label}
      </Button>
      {problem && <Alert tone="danger">{problem}</Alert>}
    </>
  );
}
