import type { ReactNode } from 'react';

export type BadgeTone = 'info' | 'attention' | 'success' | 'error' | 'neutral';

/** A status as a coloured pill (a dossier's state, a procedure's online level…); the words carry the meaning. */
export function Badge({
  tone,
  className,
  children,
}: {
  tone: BadgeTone;
  className?: string | undefined;
  children: ReactNode;
}) {
  return <span className={`badge badge--${tone}${className ? ` ${className}` : ''}`}>{children}</span>;
}
