import type { ReactNode } from 'react';
import { texts } from '../config/i18n';
import { cx } from '../lib/cx';
import { ErrorState } from './states';

/**
 * The furniture of a screen that shows one record (a dossier, a feedback): the header with its code, the bar of
 * actions, the titled cards of its two columns (`.detail-grid`, `.detail-main`, `.detail-aside`) and their
 * label–value rows.
 */

/** The record could not be loaded: the way back stays, and a retry unless the record is not there to be had. */
export function DetailLoadError({
  back,
  error,
  onRetry,
}: {
  back: ReactNode;
  error: unknown;
  /** Left out when trying again cannot help (not found, not allowed). */
  onRetry?: (() => void) | undefined;
}) {
  return (
    <>
      {back}
      <section className="card">
        <ErrorState error={error} onRetry={onRetry} />
      </section>
    </>
  );
}

/** The record's code as the page's heading, what it is about under it, and its deadline and tools on the side. */
export function DetailHeader({
  codeId,
  codeLabel,
  code,
  codeClassName,
  className,
  children,
  side,
}: {
  codeId: string;
  codeLabel: string;
  code: string;
  codeClassName?: string | undefined;
  className?: string;
  children: ReactNode;
  side: ReactNode;
}) {
  return (
    <section className={cx('card detail-header', className)} aria-labelledby={codeId}>
      <div className="detail-header-main">
        <p className="detail-eyebrow">{codeLabel}</p>
        <h1 id={codeId} className={cx('detail-code', codeClassName)}>
          {code}
        </h1>
        {children}
      </div>
      <div className="detail-header-side">{side}</div>
    </section>
  );
}

/** The actions the officer may take now, in a region named for screen readers. */
export function DetailActionBar({
  titleId,
  title,
  className,
  children,
}: {
  titleId: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={cx('card detail-actions', className)} aria-labelledby={titleId}>
      <h2 id={titleId} className="sr-only">
        {title}
      </h2>
      <div className="detail-actions-row">{children}</div>
    </section>
  );
}

/** A card of the detail screen, a region named by its title. */
export function DetailSection({
  titleId,
  title,
  refreshing,
  focusableTitle = false,
  children,
}: {
  titleId: string;
  title: string;
  /** Given for a card whose content is fetched again in the background: its header says so meanwhile. */
  refreshing?: boolean;
  /** The title takes focus when a link elsewhere on the page leads to it. */
  focusableTitle?: boolean;
  children: ReactNode;
}) {
  const heading = (
    <h2 id={titleId} className="card-title" tabIndex={focusableTitle ? -1 : undefined}>
      {title}
    </h2>
  );
  return (
    <section className="card" aria-labelledby={titleId}>
      {refreshing === undefined ? (
        heading
      ) : (
        <div className="card-header">
          {heading}
          {refreshing && <span className="muted">{texts.app.loading}</span>}
        </div>
      )}
      {children}
    </section>
  );
}

/** One label–value row of a `.details` list. */
export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
