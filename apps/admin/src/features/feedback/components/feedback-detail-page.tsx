import { hasPermission, type FeedbackAction, type FeedbackDetail } from '@motcua/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { BackLink } from '../../../components/back-link';
import { Button } from '../../../components/button';
import {
  DetailActionBar,
  DetailHeader,
  DetailItem,
  DetailLoadError,
  DetailSection,
} from '../../../components/detail-page';
import { FileList } from '../../../components/file-list';
import { LoadingState } from '../../../components/states';
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
import { FeedbackFileRow } from './feedback-files';
import { FeedbackHistory } from './feedback-history';
import { StatusBadge } from './status-badge';
import '../feedback.css';

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
        <Alert tone="danger">
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
    <DetailHeader
      codeId="fb-code"
      codeLabel={d.codeLabel}
      code={feedback.code}
      className="fb-header"
      side={
        <>
          {next && (
            <>
              <p className="detail-eyebrow">{t.deadlines[next.kind]}</p>
              <p className="detail-due">{formatDateTime(next.dueAt)}</p>
              <DeadlineBadge deadline={next} now={now} />
            </>
          )}
          <ExportWordButton feedback={feedback} />
        </>
      }
    >
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
    </DetailHeader>
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
    <DetailActionBar titleId="fb-actions-title" title={d.actionsLabel} className="fb-actions">
      {actions.length === 0 && !answering && <p className="muted">{d.noActions}</p>}
      {actions.map((action) => {
        const emphasis = ACTION_SPECS[action].emphasis;
        return (
          <Button
            key={action}
            variant={emphasis === 'primary' ? 'primary' : 'secondary'}
            className={emphasis === 'danger' ? 'btn-danger-outline' : undefined}
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
    </DetailActionBar>
  );
}

/** Codes the sender quoted: a link to where the officer can look them up, when they may. */
function LinkedCodes({ feedback }: { feedback: FeedbackDetail }) {
  const d = texts.feedback.detail;
  const user = useCurrentUser();
  const canSearchDossiers = hasPermission(user.roles, 'dossiers.read');
  const canOpenProcedures = hasPermission(user.roles, 'procedures.manage');
  return (
    <dl className="fact-box fb-facts">
      <DetailItem label={d.category}>{texts.feedback.categories[feedback.category]}</DetailItem>
      <DetailItem label={d.procedureCode}>
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
      </DetailItem>
      <DetailItem label={d.dossierCode}>
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
      </DetailItem>
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
      <DetailItem label={d.fullName}>{sender.fullName}</DetailItem>
      <DetailItem label={d.email}>
        {sender.email ? <a href={`mailto:${sender.email}`}>{sender.email}</a> : <NotSet />}
      </DetailItem>
      <DetailItem label={d.phone}>
        {sender.phone ? <a href={`tel:${sender.phone}`}>{sender.phone}</a> : <NotSet />}
      </DetailItem>
      <DetailItem label={d.address}>{sender.address ?? <NotSet />}</DetailItem>
    </dl>
  );
}

function Units({ feedback }: { feedback: FeedbackDetail }) {
  const d = texts.feedback.detail;
  return (
    <dl className="details details-compact fb-details">
      <DetailItem label={d.receivingUnit}>{feedback.receivingUnit.name}</DetailItem>
      <DetailItem label={d.leadUnit}>
        {feedback.handlingUnit?.name ?? <span className="muted">{d.notForwarded}</span>}
      </DetailItem>
      <DetailItem label={d.coordinatingUnits}>
        {feedback.coordinatingUnits.length > 0 ? (
          <ul className="fb-unit-list">
            {feedback.coordinatingUnits.map((unit) => (
              <li key={unit.id}>{unit.name}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">{d.none}</span>
        )}
      </DetailItem>
    </dl>
  );
}

function Files({ feedback }: { feedback: FeedbackDetail }) {
  const d = texts.feedback.detail;
  if (feedback.files.length === 0) return <p className="muted">{d.filesEmpty}</p>;
  return (
    <FileList label={d.filesTitle}>
      {feedback.files.map((file) => (
        <FeedbackFileRow key={file.id} feedbackId={feedback.id} file={file}>
          <span>{d.uploadedAt(formatDateTime(file.createdAt))}</span>
          {file.kind === 'supplement' && <Badge tone="primary">{d.fileKinds.supplement}</Badge>}
        </FeedbackFileRow>
      ))}
    </FileList>
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

  const back = <BackLink to="/feedback">{d.back}</BackLink>;

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isApiError(query.error) && [400, 403, 404].includes(query.error.status);
    return (
      <DetailLoadError
        back={back}
        error={query.error}
        onRetry={notFound ? undefined : () => void query.refetch()}
      />
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

      <div className="detail-grid fb-grid">
        <div className="detail-main">
          <DetailSection titleId="fb-content-title" title={d.contentTitle}>
            <p className="fb-text fb-content">{feedback.content}</p>
            <LinkedCodes feedback={feedback} />
          </DetailSection>
          {answerShown && (
            <DetailSection titleId="fb-answer-title" title={t.answer.title} focusableTitle>
              {/* The editor keeps what the officer typed through a reload after someone else's change. */}
              <AnswerPanel
                feedback={feedback}
                onSend={(answer) => setOpened({ action: 'submit_answer', answer })}
                onReload={reload}
              />
            </DetailSection>
          )}
          <DetailSection titleId="fb-files-title" title={d.filesTitle}>
            <Files feedback={feedback} />
          </DetailSection>
          <DetailSection titleId="fb-history-title" title={d.historyTitle} refreshing={query.isRefetching}>
            <FeedbackHistory events={feedback.events} />
          </DetailSection>
        </div>

        <div className="detail-aside">
          <DetailSection titleId="fb-deadlines-title" title={d.deadlinesTitle}>
            <Deadlines feedback={feedback} now={now} />
          </DetailSection>
          <DetailSection titleId="fb-sender-title" title={d.senderTitle}>
            <Sender sender={feedback.sender} />
          </DetailSection>
          <DetailSection titleId="fb-units-title" title={d.unitsTitle}>
            <Units feedback={feedback} />
          </DetailSection>
          {(feedback.status === 'published' || feedback.rating) && (
            <DetailSection titleId="fb-rating-title" title={d.ratingTitle}>
              {feedback.rating ? (
                <Badge tone={feedback.rating === 'like' ? 'success' : 'danger'}>
                  {t.ratings[feedback.rating]}
                </Badge>
              ) : (
                <p className="muted">{d.noRating}</p>
              )}
            </DetailSection>
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
