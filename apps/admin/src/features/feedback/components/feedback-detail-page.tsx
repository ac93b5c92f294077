import { hasPermission, type FeedbackAction, type FeedbackDetail } from '@motcua/shared';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { ErrorState, LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError, isApiError } from '../../../lib/api-error';
import { cx } from '../../../lib/cx';
import { formatDateTime } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useExportFeedbackDocument } from '../api/export-feedback-document';
import { useFeedback } from '../api/get-feedback';
import { ACTION_SPECS, ANSWER_ACTIONS, barActions } from '../lib/action-form';
import { useNow } from '../lib/use-now';
import { ActionDialog, actionLabel } from './action-dialog';
import { AnswerPanel } from './answer-panel';
import { DeadlineBadge } from './deadline-badge';
import { FileRow } from './feedback-files';
import { FeedbackHistory } from './feedback-history';
import { StatusBadge } from './status-badge';
import '../feedback.css';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function NotSet() {
  return <span className="muted">{texts.feedback.detail.notSet}</span>;
}

/** The Word export, to attach to an official letter. */
function ExportWordButton({ feedback }: { feedback: FeedbackDetail }) {
  const d = texts.feedback.detail;
  const toast = useToast();
  const exporter = useExportFeedbackDocument();
  const problem = exporter.isError ? describeError(exporter.error) : null;
  return (
    <>
      <Button
        size="sm"
        busy={exporter.isPending}
        onClick={() =>
          exporter.mutate(
            { id: feedback.id, code: feedback.code },
            { onSuccess: (name) => toast.notify(d.exported(name)) },
          )
        }
      >
        {exporter.isPending ? d.exporting : d.exportWord}
      </Button>
      {problem && (
        <Alert tone="danger" className="fb-export-problem">
          {d.exportFailed}: {problem.detail ?? problem.title}
        </Alert>
      )}
    </>
  );
}

function Header({ feedback, now }: { feedback: FeedbackDetail; now: Date }) {
  const t = texts.feedback;
  const d = t.detail;
  const next = feedback.nextDeadline;
  return (
    <section className="card fb-header" aria-labelledby="fb-code">
      <div className="fb-header-main">
        <p className="fb-eyebrow">{d.codeLabel}</p>
        <h1 id="fb-code" className="fb-code">
          {feedback.code}
        </h1>
        <p className="fb-title">{feedback.title}</p>
        <p className="badge-list">
          <StatusBadge status={feedback.status} />
          <Badge>{t.categoriesShort[feedback.category]}</Badge>
          {feedback.approvalRequired && <Badge tone="muted">{d.approvalRequired}</Badge>}
        </p>
        <p className="fb-header-meta">
          {d.submittedAt}: {formatDateTime(feedback.submittedAt)} · {d.receivingUnit}:{' '}
          {feedback.receivingUnit.name}
        </p>
      </div>
      <div className="fb-header-side">
        {next && (
          <>
            <p className="fb-eyebrow">{t.deadlines[next.kind]}</p>
            <p className="fb-header-due">{formatDateTime(next.dueAt)}</p>
            <DeadlineBadge deadline={next} now={now} />
          </>
        )}
        <ExportWordButton feedback={feedback} />
      </div>
    </section>
  );
}

function ActionBar({
  feedback,
  onAct,
}: {
  feedback: FeedbackDetail;
  onAct: (action: FeedbackAction) => void;
}) {
  const d = texts.feedback.detail;
  const actions = barActions(feedback.actions);
  const answering = feedback.actions.some((a) => ANSWER_ACTIONS.includes(a));
  return (
    <section className="card fb-actions" aria-labelledby="fb-actions-title">
      <h2 id="fb-actions-title" className="sr-only">
        {d.actionsLabel}
      </h2>
      <div className="fb-actions-row">
        {actions.length === 0 && !answering && <p className="muted">{d.noActions}</p>}
        {actions.map((action) => {
          const emphasis = ACTION_SPECS[action].emphasis;
          return (
            <Button
              key={action}
              variant={emphasis === 'primary' ? 'primary' : 'secondary'}
              className={emphasis === 'danger' ? 'fb-btn-danger' : undefined}
              onClick={() => onAct(action)}
            >
              {actionLabel(action, feedback)}
            </Button>
          );
        })}
        {answering && (
          <p className="fb-actions-hint">
            {d.answerHere} <a href="#fb-answer-title">{d.answerLink}</a>.
          </p>
        )}
      </div>
    </section>
  );
}

/** Codes the sender quoted: a link to where the officer can look them up, when they may. */
function LinkedCodes({ feedback }: { feedback: FeedbackDetail }) {
  const d = texts.feedback.detail;
  const user = useCurrentUser();
  const canSearchDossiers = hasPermission(user.roles, 'dossiers.read');
  const canOpenProcedures = hasPermission(user.roles, 'procedures.manage');
  return (
    <dl className="fb-facts">
      <Detail label={d.category}>{texts.feedback.categories[feedback.category]}</Detail>
      <Detail label={d.procedureCode}>
        {feedback.procedureCode ? (
          canOpenProcedures ? (
            <Link className="mono" to={`/procedures/${encodeURIComponent(feedback.procedureCode)}`}>
              {feedback.procedureCode}
            </Link>
          ) : (
            <span className="mono">{feedback.procedureCode}</span>
          )
        ) : (
          <NotSet />
        )}
      </Detail>
      <Detail label={d.dossierCode}>
        {feedback.dossierCode ? (
          canSearchDossiers ? (
            <Link className="mono" to={`/dossiers/search?q=${encodeURIComponent(feedback.dossierCode)}`}>
              {feedback.dossierCode}
            </Link>
          ) : (
            <span className="mono">{feedback.dossierCode}</span>
          )
        ) : (
          <NotSet />
        )}
      </Detail>
    </dl>
  );
}

function Deadlines({ feedback, now }: { feedback: FeedbackDetail; now: Date }) {
  const t = texts.feedback;
  if (feedback.deadlines.length === 0) return <p className="muted">{t.detail.deadlinesEmpty}</p>;
  return (
    <ul className="fb-deadlines">
      {feedback.deadlines.map((deadline) => (
        <li key={deadline.kind} className={cx('fb-deadline', `is-${deadline.state}`)}>
          <p className="fb-deadline-head">
            <span className="fb-deadline-kind">{t.deadlines[deadline.kind]}</span>
            <DeadlineBadge deadline={deadline} now={now} />
          </p>
          <p className="fb-deadline-when">
            <span>{t.due.dueOn(formatDateTime(deadline.dueAt))}</span>
            {deadline.doneAt && <span>{t.due.doneOn(formatDateTime(deadline.doneAt))}</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Sender({ sender }: { sender: FeedbackDetail['sender'] }) {
  const d = texts.feedback.detail;
  return (
    <dl className="details details-compact fb-details">
      <Detail label={d.fullName}>{sender.fullName}</Detail>
      <Detail label={d.email}>
        {sender.email ? <a href={`mailto:${sender.email}`}>{sender.email}</a> : <NotSet />}
      </Detail>
      <Detail label={d.phone}>
        {sender.phone ? <a href={`tel:${sender.phone}`}>{sender.phone}</a> : <NotSet />}
      </Detail>
      <Detail label={d.address}>{sender.address ?? <NotSet />}</Detail>
    </dl>
  );
}

function Units({ feedback }: { feedback: FeedbackDetail }) {
  const d = texts.feedback.detail;
  return (
    <dl className="details details-compact fb-details">
      <Detail label={d.receivingUnit}>{feedback.receivingUnit.name}</Detail>
      <Detail label={d.leadUnit}>
        {feedback.handlingUnit?.name ?? <span className="muted">{d.notForwarded}</span>}
      </Detail>
      <Detail label={d.coordinatingUnits}>
        {feedback.coordinatingUnits.length > 0 ? (
          <ul className="fb-unit-list">
            {feedback.coordinatingUnits.map((unit) => (
              <li key={unit.id}>{unit.name}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">{d.none}</span>
        )}
      </Detail>
    </dl>
  );
}

function Files({ feedback }: { feedback: FeedbackDetail }) {
  const d = texts.feedback.detail;
  if (feedback.files.length === 0) return <p className="muted">{d.filesEmpty}</p>;
  return (
    <ul className="fb-files" aria-label={d.filesTitle}>
      {feedback.files.map((file) => (
        <FileRow
          key={file.id}
          feedbackId={feedback.id}
          file={file}
          meta={
            <>
              <span>{d.uploadedAt(formatDateTime(file.createdAt))}</span>
              {file.kind === 'supplement' && <Badge tone="primary">{d.fileKinds.supplement}</Badge>}
            </>
          }
        />
      ))}
    </ul>
  );
}

type Opened = { action: FeedbackAction; answer?: string };

/**
 * One feedback: what the citizen wrote and who they are, where it stands against its deadlines, the actions the
 * officer may take now, the answer, the files and the whole history.
 */
export function FeedbackDetailPage({ id }: { id: string }) {
  const t = texts.feedback;
  const d = t.detail;
  const query = useFeedback(id);
  const now = useNow();
  const [opened, setOpened] = useState<Opened | null>(null);
  useDocumentTitle(query.data?.code ?? t.title);

  const back = (
    <Link to="/feedback" className="fb-back">
      <span aria-hidden="true">←</span> {d.back}
    </Link>
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isApiError(query.error) && [400, 403, 404].includes(query.error.status);
    return (
      <>
        {back}
        <section className="card">
          {notFound ? (
            <ErrorState error={query.error} />
          ) : (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          )}
        </section>
      </>
    );
  }

  const feedback = query.data;
  const reload = () => query.refetch();
  // Before the feedback reaches a handling unit there is no answer to show or write.
  const answerShown =
    feedback.answer !== null ||
    feedback.answerDocument !== null ||
    feedback.actions.some((a) => ANSWER_ACTIONS.includes(a));
  return (
    <>
      {back}
      <Header feedback={feedback} now={now} />
      <ActionBar feedback={feedback} onAct={(action) => setOpened({ action })} />
      {feedback.refusalReason && (
        <Alert tone="danger" title={d.refusalReason}>
          <p className="fb-text">{feedback.refusalReason}</p>
        </Alert>
      )}
      {feedback.infoRequest && feedback.status === 'awaiting_info' && (
        <Alert tone="warning" title={d.infoRequest}>
          <p className="fb-text">{feedback.infoRequest}</p>
        </Alert>
      )}

      <div className="fb-grid">
        <div className="fb-main">
          <section className="card" aria-labelledby="fb-content-title">
            <h2 id="fb-content-title" className="card-title">
              {d.contentTitle}
            </h2>
            <p className="fb-text fb-content">{feedback.content}</p>
            <LinkedCodes feedback={feedback} />
          </section>
          {answerShown && (
            <section className="card" aria-labelledby="fb-answer-title">
              <h2 id="fb-answer-title" className="card-title" tabIndex={-1}>
                {t.answer.title}
              </h2>
              {/* The editor keeps what the officer typed through a reload after someone else's change. */}
              <AnswerPanel
                feedback={feedback}
                onSend={(answer) => setOpened({ action: 'submit_answer', answer })}
                onReload={reload}
              />
            </section>
          )}
          <section className="card" aria-labelledby="fb-files-title">
            <h2 id="fb-files-title" className="card-title">
              {d.filesTitle}
            </h2>
            <Files feedback={feedback} />
          </section>
          <section className="card" aria-labelledby="fb-history-title">
            <div className="card-header">
              <h2 id="fb-history-title" className="card-title">
                {d.historyTitle}
              </h2>
              {query.isRefetching && <span className="muted">{texts.app.loading}</span>}
            </div>
            <FeedbackHistory events={feedback.events} />
          </section>
        </div>

        <div className="fb-aside">
          <section className="card" aria-labelledby="fb-deadlines-title">
            <h2 id="fb-deadlines-title" className="card-title">
              {d.deadlinesTitle}
            </h2>
            <Deadlines feedback={feedback} now={now} />
          </section>
          <section className="card" aria-labelledby="fb-sender-title">
            <h2 id="fb-sender-title" className="card-title">
              {d.senderTitle}
            </h2>
            <Sender sender={feedback.sender} />
          </section>
          <section className="card" aria-labelledby="fb-units-title">
            <h2 id="fb-units-title" className="card-title">
              {d.unitsTitle}
            </h2>
            <Units feedback={feedback} />
          </section>
          {(feedback.status === 'published' || feedback.rating) && (
            <section className="card" aria-labelledby="fb-rating-title">
              <h2 id="fb-rating-title" className="card-title">
                {d.ratingTitle}
              </h2>
              {feedback.rating ? (
                <Badge tone={feedback.rating === 'like' ? 'success' : 'danger'}>
                  {t.ratings[feedback.rating]}
                </Badge>
              ) : (
                <p className="muted">{d.noRating}</p>
              )}
            </section>
          )}
        </div>
      </div>

      {opened && (
        <ActionDialog
          feedback={feedback}
          action={opened.action}
          answer={opened.answer}
          onClose={() => setOpened(null)}
          onReload={reload}
        />
      )}
    </>
  );
}
