import type { ReactNode } from 'react';
import { texts } from '../config/i18n';

/**
 * The head of a list's card: its title, how many rows it holds (and that the next page is on its way), and
 * its actions.
 */
export function ListToolbar({
  titleId,
  title,
  count,
  loading = false,
  children,
}: {
  /** For the list's section to be named by its title (aria-labelledby). */
  titleId: string;
  title: ReactNode;
  /** Left out until the list has loaded. */
  count?: ReactNode;
  loading?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="card-header">
      <h2 id={titleId} className="card-title">
        {title}
      </h2>
      <div className="card-header-actions">
        {count !== undefined && (
          <span className="muted" aria-live="polite">
            {count}
            {loading && ` · ${texts.app.loading}`}
          </span>
        )}
        {children}
      </div>
    </div>
  );
}
