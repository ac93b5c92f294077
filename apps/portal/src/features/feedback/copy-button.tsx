import { useEffect, useState } from 'react';
import { texts } from '../../config/texts';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies a text to the clipboard and says so beside the button for a few seconds. Without clipboard access (an old
 * browser, a page not served over HTTPS) it says to copy by hand: the text is always shown next to it.
 */
export function CopyButton({ text, label, className }: { text: string; label: string; className?: string }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className={className ? `copy ${className}` : 'copy'}>
      <button type="button" className="button button--secondary button--small" onClick={() => void copy()}>
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M9 9h10v12H9zM5 15H4V3h11v1"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
          />
        </svg>
        <span className="visually-hidden">{label}</span>
        <span aria-hidden="true">{texts.feedback.copy}</span>
      </button>
      <span className="copy__status" role="status">
        {state === 'copied' ? texts.feedback.copied : state === 'failed' ? texts.feedback.copyFailed : ''}
      </span>
    </span>
  );
}
