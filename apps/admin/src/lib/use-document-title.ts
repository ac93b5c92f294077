import { useEffect } from 'react';
import { texts } from '../config/i18n';

/** Each screen names the tab, which is also what a screen reader announces after navigation. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${texts.app.documentTitle}` : texts.app.documentTitle;
  }, [title]);
}
