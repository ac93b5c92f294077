import { Button } from '../../../components/button';
import { texts } from '../../../config/i18n';

/** The foot of a keyset-paginated table: how many rows are shown and the button for the next page. */
export function LoadMore({
  shown,
  hasMore,
  loading,
  onLoadMore,
}: {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  return (
    <div className="load-more">
      <p className="muted" aria-live="polite">
        {hasMore ? texts.dossiers.shown(shown) : texts.dossiers.allShown(shown)}
      </p>
      {hasMore && (
        <Button onClick={onLoadMore} busy={loading}>
          {loading ? texts.dossiers.loadingMore : texts.dossiers.loadMore}
        </Button>
      )}
    </div>
  );
}
