import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** "← Back to …" above a page's heading; the arrow is decoration, the words are the link's name. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="back-link">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
