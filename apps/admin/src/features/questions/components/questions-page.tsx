import { QUESTION_STATUSES, permissionScope } from '@motcua/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { useCurrentUser } from '../../../lib/session';
import { useQuestions, type OfficerQuestion } from '../api/get-questions';
import {
  PAGE_SIZES,
  parseQuestionsFilters,
  questionsFiltersToParams,
  type QuestionsFilters,
} from '../lib/questions-filters';
import { QuestionDialog } from './question-dialog';
import { QuestionsTable } from './questions-table';
import '../questions.css';

/**
 * Citizens' questions to the officer's unit (a leader's: the units below too), the pending ones first. A
 * question opens in a dialog to be read and answered; the answer goes on the portal at once.
 */
export function QuestionsPage() {
  const t = texts.questions;
  const me = useCurrentUser();
  // A leader answers for the units below too: the list then says which unit was asked.
  const subtree = permissionScope(me.roles, 'questions.answer') === 'subtree';
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseQuestionsFilters(searchParams);
  const [opened, setOpened] = useState<OfficerQuestion | null>(null);
  const questions = useQuestions({ status: filters.status, page: filters.page, pageSize: filters.pageSize });

  function update(change: Partial<QuestionsFilters>) {
    setSearchParams(
      (current) => questionsFiltersToParams({ ...parseQuestionsFilters(current), page: 1, ...change }),
      { replace: !('page' in change) },
    );
  }

  const inList = opened ? questions.data?.items.find((q) => q.id === opened.id) : undefined;
  const emptyTitle =
    filters.status === 'pending' ? t.emptyPending : filters.status === 'answered' ? t.emptyAnswered : t.empty;

  return (
    <>
      <PageHeader title={t.title} intro={subtree ? t.introSubtree : t.intro} />

      <section className="card card-flush" aria-labelledby="questions-list-title">
        <div className="card-header">
          <h2 id="questions-list-title" className="card-title">
            {t.listTitle}
          </h2>
          <div className="card-header-actions">
            {questions.data && (
              <span className="muted" aria-live="polite">
                {t.total(questions.data.total)}
                {questions.isPlaceholderData && ` · ${texts.app.loading}`}
              </span>
            )}
            <label className="question-filter">
              <span>{t.status}</span>
              <select
                className="input select input-sm"
                value={filters.status ?? ''}
                onChange={(event) =>
                  update({ status: QUESTION_STATUSES.find((s) => s === event.target.value) })
                }
              >
                <option value="">{t.allStatuses}</option>
                {QUESTION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t.statuses[status]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        {questions.isPending ? (
          <LoadingState />
        ) : questions.isError ? (
          <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />
        ) : questions.data.total === 0 ? (
          <EmptyState title={emptyTitle}>
            {filters.status && (
              <Button variant="ghost" onClick={() => update({ status: undefined })}>
                {t.showAll}
              </Button>
            )}
          </EmptyState>
        ) : questions.data.items.length === 0 ? (
          <EmptyState title={t.pageEmpty}>
            <Button variant="primary" onClick={() => update({ page: 1 })}>
              {t.firstPage}
            </Button>
          </EmptyState>
        ) : (
          <>
            <QuestionsTable
              questions={questions.data.items}
              busy={questions.isPlaceholderData}
              showUnit={subtree}
              onOpen={setOpened}
            />
            <Pagination
              page={questions.data.page}
              pageSize={questions.data.pageSize}
              pageSizes={PAGE_SIZES}
              total={questions.data.total}
              onPageChange={(page) => update({ page })}
              onPageSizeChange={(pageSize) => update({ pageSize })}
            />
          </>
        )}
      </section>

      {opened && (
        <QuestionDialog
          key={opened.id}
          question={inList ?? opened}
          found={inList !== undefined}
          showUnit={subtree}
          onReload={() => questions.refetch()}
          onClose={() => setOpened(null)}
        />
      )}
    </>
  );
}
