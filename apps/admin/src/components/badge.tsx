import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

export function Badge({
  tone = 'neutral',
  children,
  className,
}: {
  tone?: 'neutral' | 'primary' | 'success' | 'warning' | 'danger' | 'muted';
  children: ReactNode;
  className?: string;
}) {
  return <span className={cx('badge', `badge-${tone}`, className)}>{children}</span>;
}
