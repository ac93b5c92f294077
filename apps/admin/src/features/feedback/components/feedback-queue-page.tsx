import { FEEDBACK_BOXES, FEEDBACK_CATEGORIES, FEEDBACK_STATUSES, type FeedbackBox } from '@motcua/shared';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { FilterSelect, ListFilters } from '../../../components/list-filters';
import { ListToolbar } from '../../../components/list-toolbar';
import { PageHeader } from '../../../components/page-header';
import { PagedListBody } from '../../../components/paged-list';
import { EmptyState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { useSearchBox, useUrlFilters } from '../../../lib/use-url-filters';
import { useFeedbackBoxCount, useFeedbackList } from '../api/get-feedback-list';
import { feedbackFilters, hasListFilters } from '../lib/feedback-filters';
import { useNow } from '../lib/use-now';
import { FeedbackTable } from './feedback-table';
import '../feedback.css';

function BoxTab({ box, current }: { box: FeedbackBox; current: FeedbackBox }) {
  const [params] = useSearchParams();
  const count = useFeedbackBoxCount(box);
  // A new box starts from its first page, with the same filters.
  const search = feedbackFilters.change(params, { box }).toString();
  return (
    <Link
      to={{ search: search ? `?${search}` : '' }}
      className="fb-box-tab"
      aria-current={box === current ? 'page' : undefined}
    >
      <span>{texts.feedback.boxes[box]}</span>
      {count.data !== undefined && (
        <span className="fb-box-count">
          <span className="sr-only">: </span>
          {texts.feedback.queue.boxCount(count.data)}
        </span>
      )}
    </Link>
  );
}

/**
 * The unit's feedback in three boxes: waiting for classification, forwarded to the unit to handle, and all it took
 * part in. Box, filters and page live in the address.
 */
export function FeedbackQueuePage() {
  const t = texts.feedback;
  const q = t.queue;
  const now = useNow();
  const { filters, update } = useUrlFilters(feedbackFilters);
  const search = useSearchBox(filters.q, (value) => update({ q: value }));
  const filtered = hasListFilters(filters);
  const list = useFeedbackList({
    box: filters.box,
    status: filters.status,
    category: filters.category,
    q: filters.q || undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  });

  function clearFilters() {
    search.reset();
    update({ q: '', status: undefined, category: undefined });
  }

  const boxLabel = t.boxes[filters.box];
  return (
    <>
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          <Link className="btn btn-secondary" to="/feedback/statistics">
            {t.statisticsLink}
          </Link>
        }
      />

      <nav className="fb-box-tabs" aria-label={t.boxesLabel}>
        {FEEDBACK_BOXES.map((box) => (
          <BoxTab key={box} box={box} current={filters.box} />
        ))}
      </nav>

      <ListFilters
        label={q.filters}
        search={search}
        searchLabel={q.search}
        searchPlaceholder={q.searchPlaceholder}
      >
        <FilterSelect
          label={q.status}
          allLabel={q.allStatuses}
          options={FEEDBACK_STATUSES}
          optionLabel={(status) => t.statuses[status]}
          value={filters.status}
          onChange={(status) => update({ status })}
        />
        <FilterSelect
          label={q.category}
          allLabel={q.allCategories}
          options={FEEDBACK_CATEGORIES}
          optionLabel={(category) => t.categoriesShort[category]}
          value={filters.category}
          onChange={(category) => update({ category })}
        />
      </ListFilters>

      <section className="card card-flush" aria-labelledby="feedback-list-title">
        <ListToolbar
          titleId="feedback-list-title"
          title={boxLabel}
          count={list.data && q.total(list.data.total)}
          loading={list.isPlaceholderData}
        >
          {(filtered || search.value) && (
            <Button size="sm" variant="ghost" onClick={clearFilters}>
              {q.clearFilters}
            </Button>
          )}
          <Button size="sm" busy={list.isFetching && !list.isPending} onClick={() => void list.refetch()}>
            {q.refresh}
          </Button>
        </ListToolbar>
        <PagedListBody
          query={list}
          pageEmpty={q.pageEmpty}
          onPagingChange={update}
          empty={
            <EmptyState title={filtered ? q.emptyFiltered : q.empty[filters.box]}>
              {filtered && (
                <Button variant="ghost" onClick={clearFilters}>
                  {q.clearFilters}
                </Button>
              )}
            </EmptyState>
          }
        >
          {(items) => (
            <FeedbackTable
              caption={q.caption(boxLabel)}
              rows={items}
              busy={list.isPlaceholderData}
              now={now}
            />
          )}
        </PagedListBody>
      </section>
    </>
  );
}
