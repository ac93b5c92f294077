import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { AlertIcon, CheckIcon } from './icons';

/** An inline message. Errors and warnings are announced at once; information waits its turn. */
export function Alert({
  tone = 'info',
  title,
  children,
  className,
}: {
  tone?: 'info' | 'success' | 'warning' | 'danger';
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  const urgent = tone === 'danger' || tone === 'warning';
  return (
    <div className={cx('alert', `alert-${tone}`, className)} role={urgent ? 'alert' : 'status'}>
      {tone === 'success' ? <CheckIcon className="alert-icon" /> : <AlertIcon className="alert-icon" />}
      <div className="alert-content">
        {title && <p className="alert-title">{title}</p>}
        {children && <div className="alert-text">{children}</div>}
      </div>
    </div>
  );
}
