import type { z } from 'zod';
import type { PublicDossierSchema } from '@motcua/shared';
import { Link, useParams } from 'react-router';
import { CodeLookupForm, LookupFailureState } from '../../components/code-lookup';
import { DetailRow, InstantRow, StateBadge, Timeline } from '../../components/dossier-parts';
import { DocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { paths, trackPath } from '../../config/paths';
import { texts } from '../../config/texts';
import { useSession } from '../../lib/session';
import { usePublicDossier } from './api/get-public-dossier';
import { normaliseCode, trackingFormSchema } from './tracking-form-schema';

type PublicDossier = z.infer<typeof PublicDossierSchema>;

function TrackingResult({ dossier }: { dossier: PublicDossier }) {
  return (
    <div className="dossier-layout">
      <section className="card dossier-section" aria-labelledby="result-heading">
        <h2 id="result-heading" className="card__heading dossier-code">
          {texts.tracking.resultHeading(dossier.code)}
        </h2>
        <p className="dossier-state">
          <span className="visually-hidden">{texts.dossier.state}: </span>
          <StateBadge state={dossier.state} label={dossier.stateLabel} />
        </p>
        <dl className="details details--grid">
          <DetailRow label={texts.dossier.procedure}>{dossier.procedureName}</DetailRow>
          <DetailRow label={texts.dossier.applicant}>{dossier.applicantName}</DetailRow>
          <DetailRow label={texts.dossier.receivingUnit}>{dossier.receivingUnit}</DetailRow>
          <InstantRow label={texts.dossier.receivedAt} value={dossier.receivedAt} />
          <InstantRow label={texts.dossier.dueAt} value={dossier.dueAt} />
          <InstantRow label={texts.dossier.finishedAt} value={dossier.finishedAt} />
        </dl>
        <p className="dossier-note">{texts.tracking.maskedNote}</p>
      </section>
      <Timeline entries={dossier.timeline} headingId="timeline-heading" />
    </div>
  );
}

function Lookup({ code }: { code: string }) {
  const dossier = usePublicDossier(code);
  if (dossier.isPending) return <LoadingState label={texts.tracking.searching} />;
  if (dossier.isError) {
    return (
      <LookupFailureState
        code={code}
        error={dossier.error}
        texts={{ ...texts.tracking, failedTitle: texts.tracking.loadFailed }}
        onRetry={() => void dossier.refetch()}
      />
    );
  }
  return <TrackingResult dossier={dossier.data} />;
}

/** `/tra-cuu` shows the form; `/tra-cuu/:code` (the receipt's QR code) shows the form filled in and the dossier. */
export function TrackingPage() {
  const { code: rawCode } = useParams();
  const { status } = useSession();
  const code = rawCode === undefined ? null : normaliseCode(rawCode);

  return (
    <div className="page">
      <DocumentTitle page={code ? `${texts.tracking.title} ${code}` : texts.tracking.title} />
      <div className="container track">
        <header className="page__header">
          <h1>{texts.tracking.title}</h1>
          <p className="lead">{texts.tracking.lead}</p>
        </header>
        {/* Keyed by the code, so opening another code's URL refills the field. */}
        <CodeLookupForm
          key={code ?? rawCode ?? ''}
          initialCode={code ?? rawCode ?? ''}
          schema={trackingFormSchema}
          label={texts.tracking.codeLabel}
          hint={texts.tracking.codeHint}
          submitLabel={texts.tracking.submit}
          pathFor={trackPath}
        />
        <div className="track__result" aria-live="polite">
          {rawCode === undefined ? null : code === null ? (
            <ErrorState title={texts.tracking.invalidTitle} message={texts.tracking.invalidText(rawCode)} />
          ) : (
            <Lookup code={code} />
          )}
        </div>
        {status === 'signed-in' ? (
          <p className="track__own">
            {texts.tracking.ownDossiers} <Link to={paths.myDossiers}>{texts.layout.navMyDossiers}</Link>.
          </p>
        ) : null}
      </div>
    </div>
  );
}
