import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { DataTable, type Column } from '../../../components/data-table';
import { texts } from '../../../config/i18n';
import { formatDateTime } from '../../../lib/format';
import type { OfficerQuestion } from '../api/get-questions';
import { STATUS_TONES } from './question-dialog';

/** The unit's questions in the server's order: pending first. The title opens the question. */
export function QuestionsTable({
  questions,
  busy,
  showUnit,
  onOpen,
}: {
  questions: OfficerQuestion[];
  busy: boolean;
  showUnit: boolean;
  onOpen: (question: OfficerQuestion) => void;
}) {
  const t = texts.questions;
  const columns: Column<OfficerQuestion>[] = [
    {
      key: 'question',
      header: t.question,
      rowHeader: true,
      className: 'question-col-title',
      cell: (q) => (
        <>
          <button type="button" className="cell-open" onClick={() => onOpen(q)}>
            {q.title}
          </button>
          <span className="cell-secondary">
            {q.procedureCode ? t.procedureValue(q.procedureCode, q.procedureName) : t.noProcedure}
          </span>
        </>
      ),
    },
    { key: 'asker', header: t.asker, className: 'question-col-asker', cell: (q) => q.askerName },
  ];
  if (showUnit) {
    columns.push({ key: 'unit', header: t.unit, className: 'col-unit', cell: (q) => q.unitName });
  }
  columns.push(
    {
      key: 'askedAt',
      header: t.askedAt,
      className: 'col-date',
      cell: (q) => formatDateTime(q.askedAt),
    },
    {
      key: 'status',
      header: t.status,
      sort: 'ascending',
      cell: (q) => (
        <>
          <Badge tone={STATUS_TONES[q.status]}>{t.statuses[q.status]}</Badge>
          {q.answeredAt && (
            <span className="cell-secondary">{t.dialog.answeredAt(formatDateTime(q.answeredAt))}</span>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      header: t.actions,
      className: 'col-actions',
      cell: (q) =>
        q.status === 'pending' ? (
          <Button size="sm" variant="primary" onClick={() => onOpen(q)} aria-label={t.answerOf(q.title)}>
            {t.answer}
          </Button>
        ) : (
          <Button size="sm" onClick={() => onOpen(q)} aria-label={t.viewOf(q.title)}>
            {t.view}
          </Button>
        ),
    },
  );
  return (
    <DataTable
      caption={t.tableCaption}
      columns={columns}
      rows={questions}
      rowKey={(q) => q.id}
      rowClassName={(q) => (q.status === 'pending' ? 'question-row-pending' : undefined)}
      busy={busy}
    />
  );
}
