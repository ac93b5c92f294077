import { texts } from '../config/texts';

/** React 19 hoists <title> into <head>; each screen names itself so tabs and screen readers tell pages apart. */
export function DocumentTitle({ page }: { page?: string }) {
  return <title>{texts.documentTitle(page)}</title>;
}
