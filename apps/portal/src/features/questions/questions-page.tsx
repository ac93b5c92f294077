import { zodResolver } from '@hookform/resolvers/zod';
import { PublicQuestionQuerySchema } from '@motcua/shared';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { SearchField } from '../../components/field';
import { Pager, ResultCount, usePageFocus } from '../../components/pager';
import { ErrorState, LoadingState } from '../../components/states';
import { paths, REDIRECT_PARAM } from '../../config/paths';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { checkWithPayloadSchema } from '../../lib/form-schema';
import { useProcedure } from '../../lib/get-procedure';
import { useSession } from '../../lib/session';
import { useMyQuestions } from './api/get-my-questions';
import { usePublicQuestions } from './api/get-public-questions';
import { QuestionArticle } from './question-parts';
import {
  isMineSection,
  myQuestionsHref,
  parseQuestionsSearch,
  QUESTIONS_PAGE_SIZE,
  QUESTIONS_PARAMS,
  questionsHref,
  type QuestionsSearch,
} from './questions-search';
import './questions.css';

/** Set by the question form on its way here, to confirm the question was sent. */
export type QuestionsLocationState = { sent?: boolean } | null;

type SearchFormValues = { q: string };

const SearchFormSchema = z.object({ q: z.string() }).superRefine(
  checkWithPayloadSchema(PublicQuestionQuerySchema, (values: SearchFormValues) => ({
    q: values.q.trim() || undefined,
  })),
);

function askHref(procedureCode: string): string {
  return procedureCode
    ? `${paths.askQuestion}?${new URLSearchParams({ [QUESTIONS_PARAMS.procedureCode]: procedureCode }).toString()}`
    : paths.askQuestion;
}

function SearchForm({ search }: { search: QuestionsSearch }) {
  const navigate = useNavigate();
  const values = useMemo(() => ({ q: search.q }), [search.q]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SearchFormValues>({ resolver: zodResolver(SearchFormSchema), values });
  // A new search keeps the procedure filter and starts on the first page.
  const onSubmit = handleSubmit(({ q }) =>
    navigate(questionsHref({ q, procedureCode: search.procedureCode })),
  );

  return (
    <form
      className="card qa-search"
      role="search"
      aria-label={texts.questions.searchRegion}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <SearchField
        label={texts.questions.searchLabel}
        hint={texts.questions.searchHint}
        submitLabel={texts.questions.searchSubmit}
        error={errors.q?.message}
        {...register('q')}
      />
    </form>
  );
}

function ProcedureFilter({ code }: { code: string }) {
  const procedure = useProcedure(code);
  return (
    <div className="qa-filter">
      <p className="qa-filter__text">
        {texts.questions.filteredBy}{' '}
        <strong>{procedure.data ? `${procedure.data.name} (${code})` : code}</strong>
      </p>
      <p className="qa-filter__links">
        <Link to={askHref(code)}>{texts.questions.askAboutProcedure}</Link>
        <Link to={paths.questions}>{texts.questions.clearProcedure}</Link>
      </p>
    </div>
  );
}

function PublicQuestions({ search }: { search: QuestionsSearch }) {
  const questions = usePublicQuestions(search);
  const { countRef, onNavigate } = usePageFocus(questions);

  let body;
  if (questions.isPending) {
    body = <LoadingState label={texts.questions.loading} />;
  } else if (questions.isError) {
    body = (
      <ErrorState
        title={texts.questions.loadFailed}
        message={describeError(questions.error)}
        onRetry={() => void questions.refetch()}
      />
    );
  } else {
    const { items, total } = questions.data;
    const updating = questions.isPlaceholderData;
    body = (
      <div>
        <ResultCount countRef={countRef} hidden={items.length === 0 && !updating}>
          {updating
            ? texts.questions.loading
            : items.length === 0
              ? search.q
                ? texts.questions.emptySearchTitle
                : texts.questions.emptyTitle
              : texts.questions.count(total, search.q)}
        </ResultCount>
        {items.length === 0 ? (
          <div className="card card--center empty">
            <h2 className="card__heading">
              {search.q ? texts.questions.emptySearchTitle : texts.questions.emptyTitle}
            </h2>
            <p>{texts.questions.emptyText}</p>
            <Link className="button button--secondary" to={askHref(search.procedureCode)}>
              {texts.questions.ask}
            </Link>
          </div>
        ) : (
          <ul className="qa-list results-list" aria-busy={updating || undefined}>
            {items.map((question) => (
              <li key={question.id}>
                <QuestionArticle question={question} />
              </li>
            ))}
          </ul>
        )}
        <Pager
          label={texts.questions.pagination}
          page={search.page}
          total={total}
          pageSize={QUESTIONS_PAGE_SIZE}
          hrefFor={(page) => questionsHref({ ...search, page })}
          onNavigate={onNavigate}
        />
      </div>
    );
  }

  return (
    <>
      <SearchForm search={search} />
      {search.procedureCode ? <ProcedureFilter code={search.procedureCode} /> : null}
      {body}
    </>
  );
}

function MyQuestions({ sent }: { sent: boolean }) {
  const { status } = useSession();
  const questions = useMyQuestions(status === 'signed-in');

  if (status === 'restoring') return <LoadingState />;
  if (status === 'signed-out') {
    const login = `${paths.login}?${new URLSearchParams({ [REDIRECT_PARAM]: myQuestionsHref }).toString()}`;
    return (
      <div className="card card--center empty">
        <p>{texts.questions.mineSignedOut}</p>
        <Link className="button button--primary" to={login}>
          {texts.questions.signIn}
        </Link>
      </div>
    );
  }
  return (
    <>
      {sent ? (
        <Alert tone="success" title={texts.questions.sent}>
          <p>{texts.questions.sentText}</p>
        </Alert>
      ) : null}
      {questions.isPending ? (
        <LoadingState label={texts.questions.loading} />
      ) : questions.isError ? (
        <ErrorState
          title={texts.questions.mineLoadFailed}
          message={describeError(questions.error)}
          onRetry={() => void questions.refetch()}
        />
      ) : questions.data.items.length === 0 ? (
        <div className="card card--center empty">
          <h2 className="card__heading">{texts.questions.mineEmptyTitle}</h2>
          <p>{texts.questions.mineEmptyText}</p>
          <Link className="button button--secondary" to={paths.askQuestion}>
            {texts.questions.ask}
          </Link>
        </div>
      ) : (
        <>
          <p className="list-count">
            {texts.questions.mineLead} {texts.questions.mineCount(questions.data.items.length)}.
          </p>
          <ul className="qa-list">
            {questions.data.items.map((question) => (
              <li key={question.id}>
                <QuestionArticle question={question} mine />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** `/hoi-dap`: the published answers, searchable, and (`?muc=cua-toi`) the signed-in citizen's own questions. */
export function QuestionsPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const mine = isMineSection(params);
  const search = useMemo(() => parseQuestionsSearch(params), [params]);
  const sent = (location.state as QuestionsLocationState)?.sent === true;

  return (
    <div className="page">
      <DocumentTitle page={mine ? texts.questions.tabMine : texts.questions.title} />
      <div className="container">
        <header className="page__header qa-header">
          <div className="qa-header__text">
            <h1>{texts.questions.title}</h1>
            <p className="lead">{texts.questions.lead}</p>
          </div>
          <Link className="button button--primary" to={askHref(mine ? '' : search.procedureCode)}>
            {texts.questions.ask}
          </Link>
        </header>
        <nav className="qa-tabs" aria-label={texts.questions.sectionsLabel}>
          <Link
            className="qa-tabs__tab"
            to={questionsHref({ procedureCode: search.procedureCode })}
            aria-current={mine ? undefined : 'page'}
          >
            {texts.questions.tabPublic}
          </Link>
          <Link className="qa-tabs__tab" to={myQuestionsHref} aria-current={mine ? 'page' : undefined}>
            {texts.questions.tabMine}
          </Link>
        </nav>
        {mine ? <MyQuestions sent={sent} /> : <PublicQuestions search={search} />}
      </div>
    </div>
  );
}
