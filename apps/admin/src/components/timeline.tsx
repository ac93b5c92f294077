import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { formatDateTime } from '../lib/format';

/** A history, oldest first, as a line of dots: the newest is filled. */
export function Timeline({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <ol className={cx('timeline', className)} aria-label={label}>
      {children}
    </ol>
  );
}

/**
 * One entry: what happened and when, the lines about it (each a `<p className="timeline-meta">`), and the comment
 * written with it, introduced for screen readers by `commentLabel`.
 */
export function TimelineItem({
  title,
  at,
  comment,
  commentLabel,
  children,
}: {
  title: string;
  at: string;
  comment: string | null;
  commentLabel: string;
  children: ReactNode;
}) {
  return (
    <li className="timeline-item">
      <div className="timeline-head">
        <span className="timeline-title">{title}</span>
        <time className="timeline-at" dateTime={at}>
          {formatDateTime(at)}
        </time>
      </div>
      {children}
      {comment && (
        <p className="timeline-comment">
          <span className="sr-only">{commentLabel}: </span>
          {comment}
        </p>
      )}
    </li>
  );
}
