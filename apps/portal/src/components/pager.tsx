import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Link } from 'react-router';
import { texts } from '../config/texts';

/** How many pages a result of `total` items fills (at least one, so "page 1 of 1" reads right when empty). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * After "next page", focus goes to the top of the new results (their count) rather than staying on a link at the
 * bottom. Give `countRef` to the ResultCount and `onNavigate` to the Pager.
 */
export function usePageFocus(query: { isPlaceholderData: boolean; data: unknown }) {
  const countRef = useRef<HTMLParagraphElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current || query.isPlaceholderData) return;
    moveFocus.current = false;
    countRef.current?.focus();
  }, [query.isPlaceholderData, query.data]);
  return {
    countRef,
    onNavigate: () => {
      moveFocus.current = true;
    },
  };
}

/** Always on the page, so screen readers hear each new count; visually hidden when the empty card says it. */
export function ResultCount({
  countRef,
  hidden,
  children,
}: {
  countRef: RefObject<HTMLParagraphElement | null>;
  hidden: boolean;
  children: ReactNode;
}) {
  return (
    <p ref={countRef} className={hidden ? 'visually-hidden' : 'list-count'} role="status" tabIndex={-1}>
      {children}
    </p>
  );
}

type PagerProps = {
  /** Names the navigation landmark. */
  label: string;
  page: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
  onNavigate: () => void;
};

/** "Trang trước · Trang n/m · Trang sau" under a paged list; nothing when it all fits on one page. */
export function Pager({ label, page, total, pageSize, hrefFor, onNavigate }: PagerProps) {
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? (
        <Link className="button button--secondary" to={hrefFor(page - 1)} onClick={onNavigate}>
          {texts.pager.previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="pager__status">{texts.pager.pageOf(Math.min(page, pages), pages)}</p>
      {page < pages ? (
        <Link className="button button--secondary" to={hrefFor(page + 1)} onClick={onNavigate}>
          {texts.pager.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
