import { Button } from '../../../components/button';
import { ErrorState } from '../../../components/states';
import { texts } from '../../../config/i18n';

/** What the foot reads of a keyset-paginated list's query (a `useInfiniteQuery` result). */
type NextPages = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => unknown;
};

/**
 * The foot of a keyset-paginated table: why the next page did not come, how many rows are shown and the
 * button for the next page.
 */
export function LoadMore({ shown, list }: { shown: number; list: NextPages }) {
  const hasMore = list.hasNextPage;
  const loading = list.isFetchingNextPage;
  return (
    <>
      {list.isFetchNextPageError && (
        <ErrorState error={list.error} onRetry={() => void list.fetchNextPage()} />
      )}
      <div className="load-more">
        <p className="muted" aria-live="polite">
          {hasMore ? texts.dossiers.shown(shown) : texts.dossiers.allShown(shown)}
        </p>
        {hasMore && (
          <Button onClick={() => void list.fetchNextPage()} busy={loading}>
            {loading ? texts.dossiers.loadingMore : texts.dossiers.loadMore}
          </Button>
        )}
      </div>
    </>
  );
}
