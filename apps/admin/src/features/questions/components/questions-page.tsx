import { QUESTION_STATUSES, permissionScope } from '@motcua/shared';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { ListToolbar } from '../../../components/list-toolbar';
import { PageHeader } from '../../../components/page-header';
import { PagedListBody } from '../../../components/paged-list';
import { EmptyState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { useCurrentUser } from '../../../lib/session';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useQuestions, type OfficerQuestion } from '../api/get-questions';
import { questionsFilters } from '../lib/questions-filters';
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
  const { filters, update } = useUrlFilters(questionsFilters);
  const [opened, setOpened] = useState<OfficerQuestion | null>(null);
  const questions = useQuestions({ status: filters.status, page: filters.page, pageSize: filters.pageSize });

  const inList = opened ? questions.data?.items.find((q) => q.id === opened.id) : undefined;
  const emptyTitle =
    filters.status === 'pending' ? t.emptyPending : filters.status === 'answered' ? t.emptyAnswered : t.empty;

  return (
    <>
      <PageHeader title={t.title} intro={subtree ? t.introSubtree : t.intro} />

      <section className="card card-flush" aria-labelledby="questions-list-title">
        <ListToolbar
          titleId="questions-list-title"
          title={t.listTitle}
          count={questions.data && t.total(questions.data.total)}
          loading={questions.isPlaceholderData}
        >
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
        </ListToolbar>
        <PagedListBody
          query={questions}
          pageEmpty={t.pageEmpty}
          onPagingChange={update}
          empty={
            <EmptyState title={emptyTitle}>
              {filters.status && (
                <Button variant="ghost" onClick={() => update({ status: undefined })}>
                  {t.showAll}
                </Button>
              )}
            </EmptyState>
          }
        >
          {(items) => (
            <QuestionsTable
              questions={items}
              busy={questions.isPlaceholderData}
              showUnit={subtree}
              onOpen={setOpened}
            />
          )}
        </PagedListBody>
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
