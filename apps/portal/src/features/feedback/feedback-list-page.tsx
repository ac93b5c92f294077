import { zodResolver } from '@hookform/resolvers/zod';
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  PublishedFeedbackQuerySchema,
  type FeedbackCategory,
} from '@motcua/shared';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { DocumentTitle } from '../../components/document-title';
import { FieldShell, SearchField } from '../../components/field';
import { Pager, ResultCount, usePageFocus } from '../../components/pager';
import { ErrorState, LoadingState } from '../../components/states';
import { feedbackPath, paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { usePublishedFeedback } from './api/get-published-feedback';
import { PublishedArticle } from './feedback-parts';
import {
  feedbackListHref,
  FEEDBACK_PAGE_SIZE,
  parseFeedbackSearch,
  type FeedbackSearch,
} from './feedback-search';
import './feedback.css';

type SearchFormValues = { q: string; category: FeedbackCategory | '' };

const SearchFormSchema = z
  .object({ q: z.string(), category: z.union([z.enum(FEEDBACK_CATEGORIES), z.literal('')]) })
  .superRefine((values, ctx) => {
    const result = PublishedFeedbackQuerySchema.safeParse({ q: values.q.trim() || undefined });
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', path: ['q'], message: issue.message });
    }
  });

function SearchForm({ search }: { search: FeedbackSearch }) {
  const id = useId();
  const navigate = useNavigate();
  const values = useMemo(
    (): SearchFormValues => ({ q: search.q, category: search.category ?? '' }),
    [search.q, search.category],
  );
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SearchFormValues>({ resolver: zodResolver(SearchFormSchema), values });
  // A new search starts on the first page.
  const onSubmit = handleSubmit(({ q, category }) =>
    navigate(feedbackListHref({ q, category: category || null })),
  );
  const categoryField = register('category');

  return (
    <form
      className="card feedback-search"
      role="search"
      aria-label={texts.feedback.searchRegion}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <FieldShell
        id={`${id}-category`}
        label={texts.feedback.categoryFilter}
        className="feedback-search__category"
      >
        <select
          id={`${id}-category`}
          className="input"
          {...categoryField}
          onChange={(event) => {
            // A filter applies as soon as it is chosen (the list below changes, nothing else); the words typed so
            // far go with it.
            void categoryField.onChange(event).then(() => onSubmit());
          }}
        >
          <option value="">{texts.feedback.categoryAll}</option>
          {FEEDBACK_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {FEEDBACK_CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </FieldShell>
      <SearchField
        label={texts.feedback.searchLabel}
        hint={texts.feedback.searchHint}
        submitLabel={texts.feedback.searchSubmit}
        maxLength={200}
        error={errors.q?.message}
        {...register('q')}
      />
    </form>
  );
}

function PublishedList({ search }: { search: FeedbackSearch }) {
  const list = usePublishedFeedback(search);
  const { countRef, onNavigate } = usePageFocus(list);

  if (list.isPending) return <LoadingState label={texts.feedback.loading} />;
  if (list.isError) {
    return (
      <ErrorState
        title={texts.feedback.loadFailed}
        message={describeError(list.error)}
        onRetry={() => void list.refetch()}
      />
    );
  }
  const { items, total } = list.data;
  const updating = list.isPlaceholderData;
  const filtered = search.q !== '' || search.category !== null;

  return (
    <div>
      <ResultCount countRef={countRef} hidden={items.length === 0 && !updating}>
        {updating
          ? texts.feedback.loading
          : items.length === 0
            ? filtered
              ? texts.feedback.emptySearchTitle
              : texts.feedback.emptyTitle
            : texts.feedback.count(total, search.q)}
      </ResultCount>
      {items.length === 0 ? (
        <div className="card card--center empty">
          <h2 className="card__heading">
            {filtered ? texts.feedback.emptySearchTitle : texts.feedback.emptyTitle}
          </h2>
          <p>{texts.feedback.emptyText}</p>
          <Link className="button button--secondary" to={paths.feedbackSubmit}>
            {texts.feedback.submitAction}
          </Link>
        </div>
      ) : (
        <ul className="feedback-list results-list" aria-busy={updating || undefined}>
          {items.map((feedback) => (
            <li key={feedback.code}>
              <PublishedArticle feedback={feedback} href={feedbackPath(feedback.code)} />
            </li>
          ))}
        </ul>
      )}
      <Pager
        label={texts.feedback.pagination}
        page={search.page}
        total={total}
        pageSize={FEEDBACK_PAGE_SIZE}
        hrefFor={(page) => feedbackListHref({ ...search, page })}
        onNavigate={onNavigate}
      />
    </div>
  );
}

/** `/phan-anh`: the answered feedback, searchable; the ways to send feedback and to look one up. */
export function FeedbackListPage() {
  const [params] = useSearchParams();
  const search = useMemo(() => parseFeedbackSearch(params), [params]);

  return (
    <div className="page">
      <DocumentTitle page={texts.feedback.listTitle} />
      <div className="container">
        <header className="page__header feedback-header">
          <div className="feedback-header__text">
            <h1>{texts.feedback.listTitle}</h1>
            <p className="lead">{texts.feedback.listLead}</p>
          </div>
          <nav className="feedback-header__actions" aria-label={texts.feedback.entryLabel}>
            <Link className="button button--primary" to={paths.feedbackSubmit}>
              {texts.feedback.submitAction}
            </Link>
            <Link className="button button--secondary" to={paths.feedbackTrack}>
              {texts.feedback.trackAction}
            </Link>
          </nav>
        </header>
        <SearchForm search={search} />
        <PublishedList search={search} />
      </div>
    </div>
  );
}
