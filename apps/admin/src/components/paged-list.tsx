import type { ReactNode } from 'react';
import { texts } from '../config/i18n';
import { PAGE_SIZES, type Paging } from '../lib/url-filters';
import { Button } from './button';
import { Pagination } from './pagination';
import { EmptyState, ErrorState, LoadingState } from './states';

/** One page of a list paginated on the server. */
export type Page<T> = Paging & { items: T[]; total: number };

/** What the body reads of the list's query (a `useQuery` result). */
type PageQuery<T> = {
  data: Page<T> | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
};

/**
 * The body of a list paginated on the server: loading, error and empty states, a page past the end, or the
 * rows and the pagination bar under them.
 */
export function PagedListBody<T>({
  query,
  empty,
  pageEmpty,
  onPagingChange,
  children,
}: {
  query: PageQuery<T>;
  /** The list has no rows at all (with these filters). */
  empty: ReactNode;
  /** A bookmarked page past the end, or the last row of the last page just went away. */
  pageEmpty: string;
  onPagingChange: (change: Partial<Paging>) => void;
  /** The rows of the page. */
  children: (items: T[]) => ReactNode;
}) {
  const { data } = query;
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (data === undefined) return <LoadingState />;
  if (data.total === 0) return empty;
  if (data.items.length === 0)
    return (
      <EmptyState title={pageEmpty}>
        <Button variant="primary" onClick={() => onPagingChange({ page: 1 })}>
          {texts.pagination.firstPage}
        </Button>
      </EmptyState>
    );
  return (
    <>
      {children(data.items)}
      <Pagination
        page={data.page}
        pageSize={data.pageSize}
        pageSizes={PAGE_SIZES}
        total={data.total}
        onPageChange={(page) => onPagingChange({ page })}
        onPageSizeChange={(pageSize) => onPagingChange({ pageSize })}
      />
    </>
  );
}
