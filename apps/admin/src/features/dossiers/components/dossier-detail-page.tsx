import { availableSlips, type Dossier, type DossierAction } from '@motcua/shared';
import { useState } from 'react';
import { useLocation } from 'react-router';
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
import { LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { copyText } from '../../../lib/clipboard';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDossier } from '../api/get-dossier';
import { ACTION_NEEDS } from '../lib/action-form';
import { useNow } from '../lib/use-now';
import { ActionDialog } from './action-dialog';
import { DossierFiles } from './dossier-files';
import { DueBadge } from './due-badge';
import { DueExplanation } from './due-explanation';
import { EventLog } from './event-log';
import { PrintSlipButton } from './print-slip-button';
import { StateBadge } from './state-badge';
import { WorkflowSteps } from './workflow-steps';
import '../dossiers.css';

const LONG_TEXT = 180;

/** Actions that move the dossier on along its workflow. */
const FORWARD: readonly DossierAction[] = [
  'accept',
  'hand_over',
  'assign',
  'submit_review',
  'submit_signature',
  'sign',
  'return_result',
  'complete_supplement',
];

function Person({ person }: { person: Dossier['applicant'] }) {
  const t = texts.dossiers.intake;
  const none = <span className="muted">{texts.dossiers.detail.notSet}</span>;
  return (
    <dl className="details details-compact">
      <DetailItem label={t.fullName}>{person.fullName}</DetailItem>
      <DetailItem label={t.idNumber}>
        <span className="mono">{person.identificationNumber}</span>
      </DetailItem>
      <DetailItem label={t.dateOfBirth}>
        {person.dateOfBirth ? formatDate(person.dateOfBirth) : none}
      </DetailItem>
      <DetailItem label={t.address}>{person.address}</DetailItem>
      <DetailItem label={t.phone}>{person.phone ?? none}</DetailItem>
      <DetailItem label={t.email}>{person.email ?? none}</DetailItem>
    </dl>
  );
}

type Payment = Dossier['payments'][number];

const PAYMENT_TONE = { paid: 'success', pending: 'warning', failed: 'danger' } as const;

/** Each attempt to pay, newest last as the API lists them: a failed online attempt stays visible beside the retry. */
function Payments({ payments }: { payments: Payment[] }) {
  const d = texts.dossiers.detail;
  return (
    <>
      <h3 className="preview-subtitle">{d.paymentsTitle}</h3>
      <ul className="payment-list" aria-label={d.paymentsTitle}>
        {payments.map((payment, index) => (
          <li key={`${payment.receiptNumber ?? ''}-${String(index)}`} className="payment-item">
            <p className="payment-line">
              <strong>{texts.dossiers.money(payment.amountVnd)}</strong>
              <Badge tone={PAYMENT_TONE[payment.status]}>{d.paymentStatuses[payment.status]}</Badge>
            </p>
            <dl className="details details-compact">
              <DetailItem label={d.paymentMethod}>{d.paymentMethods[payment.method]}</DetailItem>
              <DetailItem label={d.receiptNumber}>
                {payment.receiptNumber ? (
                  <span className="mono">{payment.receiptNumber}</span>
                ) : (
                  <span className="muted">{d.notSet}</span>
                )}
              </DetailItem>
              <DetailItem label={d.paymentTime}>
                {payment.paidAt ? formatDateTime(payment.paidAt) : <span className="muted">{d.notSet}</span>}
              </DetailItem>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

function Fee({ dossier }: { dossier: Dossier }) {
  const d = texts.dossiers.detail;
  // A dossier without a fee may still carry a payment recorded by mistake: show it rather than hide it.
  if (dossier.feeVnd === 0 && dossier.payments.length === 0) return <p>{d.feeNone}</p>;
  return (
    <>
      <dl className="details details-compact">
        <DetailItem label={d.feeAmount}>
          {dossier.feeVnd === 0
            ? d.feeNone
            : dossier.feeVnd === null
              ? d.feeVaries
              : texts.dossiers.money(dossier.feeVnd)}
        </DetailItem>
        <DetailItem label={d.feeStatus}>
          {dossier.paidAt ? (
            <Badge tone="success">{d.paidAt(formatDateTime(dossier.paidAt))}</Badge>
          ) : (
            <Badge tone="warning">{d.unpaid}</Badge>
          )}
        </DetailItem>
      </dl>
      {dossier.payments.length > 0 ? (
        <Payments payments={dossier.payments} />
      ) : (
        <p className="muted payment-none">{d.noPayments}</p>
      )}
    </>
  );
}

/** What the applicant was asked to bring; the officer checks the supplement against this list. */
function SupplementItems({ items }: { items: string[] }) {
  const d = texts.dossiers.detail;
  return (
    <div className="supplement-items">
      <h3 className="preview-subtitle" id="supplement-items-title">
        {d.supplementItemsTitle}
      </h3>
      {items.length > 0 ? (
        <ul aria-labelledby="supplement-items-title">
          {items.map((item, index) => (
            <li key={`${String(index)}-${item}`}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{d.supplementItemsNone}</p>
      )}
    </div>
  );
}

/** Official document descriptions run to whole paragraphs: the long ones open on demand. */
function FoldedText({ text, className }: { text: string; className: string }) {
  const [open, setOpen] = useState(false);
  const long = text.length > LONG_TEXT;
  return (
    <p className={className}>
      <span className={long && !open ? 'is-folded' : undefined}>{text}</span>
      {long && (
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? texts.dossiers.intake.showLess : texts.dossiers.intake.showMore}
        </button>
      )}
    </p>
  );
}

function Components({ dossier }: { dossier: Dossier }) {
  const d = texts.dossiers.detail;
  return (
    <>
      <ol className="doc-list">
        {dossier.components.map((c) => {
          const form = (texts.dossiers.componentForms as Record<string, string>)[c.form] ?? c.form;
          return (
            <li key={c.index} className="doc-item">
              <FoldedText text={c.name} className="doc-name" />
              <p className="doc-meta">
                {c.provided ? (
                  <Badge tone="success">{d.componentProvided}</Badge>
                ) : (
                  <Badge tone="muted">{d.componentMissing}</Badge>
                )}
                {c.provided && <span>{form}</span>}
                <span>{texts.dossiers.intake.copiesLine(c.originals, c.copies)}</span>
              </p>
            </li>
          );
        })}
      </ol>
      <p className="muted doc-sets">{d.setsLine(dossier.sets)}</p>
    </>
  );
}

function Header({ dossier, now, justReceived }: { dossier: Dossier; now: Date; justReceived: boolean }) {
  const slips = availableSlips({
    ...dossier,
    supplementRequested: dossier.events.some((e) => e.action === 'request_supplement'),
  });
  const d = texts.dossiers.detail;
  const toast = useToast();
  return (
    <DetailHeader
      codeId="dossier-code"
      codeLabel={d.codeLabel}
      code={dossier.code}
      codeClassName={justReceived ? 'is-new' : undefined}
      side={
        <>
          <p className="detail-eyebrow">{dossier.finishedAt ? d.finishedAt : d.dueAt}</p>
          <p className="detail-due">
            {dossier.finishedAt
              ? formatDateTime(dossier.finishedAt)
              : dossier.dueAt
                ? formatDateTime(dossier.dueAt)
                : texts.dossiers.noDueDate}
          </p>
          <DueBadge dossier={dossier} now={now} />
          {dossier.finishedAt && dossier.dueAt && (
            <p className="muted">
              {d.dueAt}: {formatDateTime(dossier.dueAt)}
            </p>
          )}
          {slips.includes('01') && <PrintSlipButton dossierId={dossier.id} slip="01" />}
          {slips
            .filter((slip) => slip !== '01')
            .map((slip) => (
              <PrintSlipButton key={slip} dossierId={dossier.id} slip={slip} />
            ))}
          <Button
            size="sm"
            variant="ghost"
            onClick={() =>
              void copyText(dossier.code).then((ok) =>
                toast.notify(ok ? texts.common.copied : texts.common.copyFailed, ok ? 'success' : 'info'),
              )
            }
          >
            {d.copyCode}
          </Button>
        </>
      }
    >
      <p className="dossier-procedure">
        <span className="mono">{dossier.procedureCode}</span> · {dossier.procedureName}
      </p>
      <p className="dossier-case">{dossier.caseName}</p>
      <p className="badge-list">
        <StateBadge state={dossier.state} />
        <Badge>{texts.dossiers.channels[dossier.channel]}</Badge>
        {dossier.extended && <Badge tone="warning">{d.extended}</Badge>}
      </p>
    </DetailHeader>
  );
}

function Actions({ dossier, onAct }: { dossier: Dossier; onAct: (action: DossierAction) => void }) {
  const d = texts.dossiers.detail;
  // The step forward comes first and stands out; closing actions (refuse, stop, withdraw) come last, in red.
  const rank = (action: DossierAction) =>
    FORWARD.includes(action) ? 0 : ACTION_NEEDS[action].danger ? 2 : 1;
  const ordered = [...dossier.allowedActions].sort((a, b) => rank(a) - rank(b));
  return (
    <DetailActionBar titleId="dossier-actions-title" title={d.actionsLabel}>
      {ordered.length === 0 && <p className="muted">{d.noActions}</p>}
      {/* The leader signs the result file itself: without one the API refuses the signature. */}
      {dossier.allowedActions.includes('sign') && !dossier.files.some((f) => f.kind === 'result') && (
        <Alert tone="warning" className="actions-hint">
          {texts.dossiers.files.needResult}
        </Alert>
      )}
      {ordered.map((action, index) => (
        <Button
          key={action}
          variant={index === 0 && FORWARD.includes(action) ? 'primary' : 'secondary'}
          className={ACTION_NEEDS[action].danger ? 'btn-danger-outline' : undefined}
          onClick={() => onAct(action)}
        >
          {texts.dossiers.actions[action]}
        </Button>
      ))}
    </DetailActionBar>
  );
}

/** One dossier: header, actions, appointment and its derivation, workflow, log, documents, people, fee. */
export function DossierDetailPage({ id }: { id: string }) {
  const d = texts.dossiers.detail;
  const query = useDossier(id);
  const now = useNow();
  const location = useLocation();
  const justReceived = (location.state as { received?: unknown } | null)?.received === true;
  const [action, setAction] = useState<DossierAction | null>(null);
  useDocumentTitle(query.data?.code ?? texts.dossiers.title);

  const back = <BackLink to="/dossiers">{d.back}</BackLink>;

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    return (
      <DetailLoadError
        back={back}
        error={query.error}
        onRetry={notFound ? undefined : () => void query.refetch()}
      />
    );
  }

  const dossier = query.data;
  return (
    <>
      {back}
      {justReceived && (
        <Alert tone="success" title={d.justReceivedTitle} className="received-banner">
          <p className="received-code">
            {d.codeLabel}: <strong className="mono">{dossier.code}</strong>
          </p>
          <p>{d.justReceivedText}</p>
        </Alert>
      )}
      <Header dossier={dossier} now={now} justReceived={justReceived} />
      <Actions dossier={dossier} onAct={setAction} />
      {dossier.refusalReason && (
        <Alert tone="danger" title={d.refusalReason}>
          {dossier.refusalReason}
        </Alert>
      )}

      <div className="detail-grid">
        <div className="detail-main">
          <DetailSection titleId="steps-title" title={d.stepsTitle}>
            <WorkflowSteps dossier={dossier} now={now} />
          </DetailSection>
          <DetailSection titleId="files-title" title={texts.dossiers.files.title}>
            <DossierFiles dossier={dossier} />
          </DetailSection>
          <DetailSection titleId="log-title" title={d.logTitle} refreshing={query.isRefetching}>
            <EventLog events={dossier.events} />
          </DetailSection>
          <DetailSection titleId="docs-title" title={d.componentsTitle}>
            <Components dossier={dossier} />
          </DetailSection>
        </div>

        <div className="detail-aside">
          <DetailSection titleId="appointment-title" title={d.appointmentTitle}>
            <dl className="details details-compact">
              <DetailItem label={d.receivedAt}>
                {dossier.receivedAt ? formatDateTime(dossier.receivedAt) : texts.dossiers.notReceived}
              </DetailItem>
              <DetailItem label={d.timeLimit}>
                {texts.dossiers.intake.timeLimitValue(
                  dossier.timeLimit.amount,
                  texts.dossiers.timeUnits[dossier.timeLimit.unit],
                )}
              </DetailItem>
              <DetailItem label={d.dueAt}>
                {dossier.dueAt ? <strong>{formatDateTime(dossier.dueAt)}</strong> : texts.dossiers.noDueDate}
              </DetailItem>
            </dl>
            {dossier.state === 'waiting_supplement' && (
              <Alert tone="warning" className="appointment-paused">
                {d.pausedNotice}
              </Alert>
            )}
            {dossier.state === 'waiting_supplement' && <SupplementItems items={dossier.supplementItems} />}
            {dossier.supplementRequests > 0 && (
              <p className="muted appointment-note">{d.supplementRequests(dossier.supplementRequests)}</p>
            )}
            {dossier.dueExplanation.length > 0 && (
              <>
                <h3 className="preview-subtitle">{texts.dossiers.preview.derivation}</h3>
                <DueExplanation lines={dossier.dueExplanation} label={texts.dossiers.preview.derivation} />
              </>
            )}
          </DetailSection>
          <DetailSection titleId="applicant-title" title={d.applicantTitle}>
            <Person person={dossier.applicant} />
          </DetailSection>
          {dossier.authorisedPerson && (
            <DetailSection titleId="authorised-title" title={d.authorisedTitle}>
              <Person person={dossier.authorisedPerson} />
            </DetailSection>
          )}
          <DetailSection titleId="fee-title" title={d.feeTitle}>
            <Fee dossier={dossier} />
          </DetailSection>
          <DetailSection titleId="other-title" title={d.otherTitle}>
            <dl className="details details-compact">
              <DetailItem label={d.resultMethod}>
                {texts.dossiers.resultMethods[dossier.resultMethod]}
              </DetailItem>
              <DetailItem label={d.receivingUnit}>{dossier.receivingUnit.name}</DetailItem>
              <DetailItem label={d.currentUnit}>{dossier.currentUnit.name}</DetailItem>
              <DetailItem label={d.assignee}>
                {dossier.assignee?.fullName ?? <span className="muted">{texts.dossiers.notAssigned}</span>}
              </DetailItem>
              <DetailItem label={d.note}>
                {dossier.note ?? <span className="muted">{d.notSet}</span>}
              </DetailItem>
            </dl>
          </DetailSection>
        </div>
      </div>

      {action && (
        <ActionDialog
          dossier={dossier}
          action={action}
          onClose={() => setAction(null)}
          onReload={() => void query.refetch()}
        />
      )}
    </>
  );
}
