import {
  CHANNEL_LABELS,
  PROCEDURE_LEVEL_LABELS,
  ProcedureCodeSchema,
  type Component,
  type Procedure,
} from '@motcua/shared';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { DocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { paths, procedurePath, submitPath } from '../../config/paths';
import { texts } from '../../config/texts';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { formatCalendarDate } from '../../lib/format';
import { useProcedure } from '../../lib/get-procedure';
import { templateHref } from './api/download-template';
import { askQuestionHref, questionsHref } from './catalogue-search';
import { OnlineLevelBadge, RequiredBadge, type ProcedureLinkState } from './procedure-parts';
import { formatCopies, formatFee, formatTimeLimit, groupComponents } from './procedure-format';
import './catalogue.css';

type HeadingLevel = 'h3' | 'h4';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card procedure-section" aria-labelledby={id}>
      <h2 id={id} className="card__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Official text kept as written (line breaks are meaningful in it), or "Chưa cập nhật" when the record has none. */
function OfficialText({ value }: { value: string | null }) {
  return value ? (
    <p className="prewrap official-text">{value}</p>
  ) : (
    <p className="details__empty">{texts.common.notProvided}</p>
  );
}

/**
 * Parts of the record the agency has not filled in, named in one line rather than as a row of empty cards; the
 * citizen still learns that the portal does not know, rather than that there is nothing to know.
 */
function MissingParts({ procedure }: { procedure: Procedure }) {
  const missing = [
    procedure.steps ? null : texts.catalogue.stepsHeading,
    procedure.applicants ? null : texts.catalogue.applicantsHeading,
    procedure.conditions ? null : texts.catalogue.conditionsHeading,
  ].filter((part): part is string => part !== null);
  if (missing.length === 0) return null;
  return <p className="procedure-missing">{texts.catalogue.notProvided(missing)}</p>;
}

function ComponentItem({ component }: { component: Component }) {
  const copies = formatCopies(component);
  return (
    <li className="paper">
      <p className="paper__name prewrap">{component.name}</p>
      {copies || component.required ? (
        <p className="paper__meta">
          {component.required ? <RequiredBadge /> : null}
          {copies ? <span>{copies}</span> : null}
        </p>
      ) : null}
      {component.templates.length > 0 ? (
        <ul className="paper__templates">
          {component.templates.map((template) => (
            <li key={template.id}>
              <a className="template-link" href={templateHref(template.id)} download>
                <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                  <path
                    d="M12 4v11m0 0l-4.5-4.5M12 15l4.5-4.5M5 19h14"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
                <span>{texts.catalogue.template(template.name)}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function ComponentGroups({ components, heading }: { components: Component[]; heading: HeadingLevel }) {
  const Heading = heading;
  return groupComponents(components).map((group, index) => (
    <div key={`${group.name ?? ''}-${index}`} className="paper-group">
      {group.name ? <Heading className="paper-group__heading">{group.name}</Heading> : null}
      <ol className="paper-list">
        {group.components.map((component, i) => (
          <ComponentItem key={i} component={component} />
        ))}
      </ol>
    </div>
  ));
}

function Components({ procedure }: { procedure: Procedure }) {
  const { cases } = procedure;
  if (cases.length === 0 || cases.every((c) => c.components.length === 0)) {
    return <p className="details__empty">{texts.catalogue.componentsEmpty}</p>;
  }
  const [only] = cases;
  if (cases.length === 1 && only) {
    return <ComponentGroups components={only.components} heading="h3" />;
  }
  // Several cases: each folds, the first open, so a citizen reads only the one that fits them.
  return (
    <>
      <p className="procedure-section__note">{texts.catalogue.casesNote(cases.length)}</p>
      {cases.map((c, index) => (
        <details key={index} className="case" open={index === 0}>
          <summary className="case__summary">
            <h3 className="case__name">{c.name}</h3>
            <span className="case__count">{texts.catalogue.componentCount(c.components.length)}</span>
          </summary>
          <div className="case__body">
            {c.components.length === 0 ? (
              <p className="details__empty">{texts.catalogue.componentsEmpty}</p>
            ) : (
              <ComponentGroups components={c.components} heading="h4" />
            )}
          </div>
        </details>
      ))}
    </>
  );
}

function Methods({ procedure }: { procedure: Procedure }) {
  return (
    <ul className="method-list">
      {procedure.methods.map((method) => (
        <li key={method.channel} className="method">
          <h3 className="method__channel">{CHANNEL_LABELS[method.channel]}</h3>
          <dl className="details">
            <div className="details__row">
              <dt>{texts.catalogue.timeLimit}</dt>
              <dd>{formatTimeLimit(method.timeLimit)}</dd>
            </div>
            <div className="details__row">
              <dt>{texts.catalogue.fee}</dt>
              <dd className="prewrap">{formatFee(method)}</dd>
            </div>
            {method.note ? (
              <div className="details__row">
                <dt>{texts.catalogue.methodNote}</dt>
                <dd className="prewrap">{method.note}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Agencies({ procedure }: { procedure: Procedure }) {
  const { agencies } = procedure;
  const rows: [string, string | null][] = [
    [texts.catalogue.agencyExecuting, agencies.executing],
    [texts.catalogue.agencyCompetent, agencies.competent],
    [texts.catalogue.agencyAuthorised, agencies.authorised],
    [texts.catalogue.agencyCoordinating, agencies.coordinating],
  ];
  return (
    <dl className="details details--grid">
      {rows
        .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
        .map(([label, value]) => (
          <div key={label} className="details__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function LegalBases({ procedure }: { procedure: Procedure }) {
  if (procedure.legalBases.length === 0) {
    return <p className="details__empty">{texts.common.notProvided}</p>;
  }
  return (
    <ul className="legal-list">
      {procedure.legalBases.map((basis, index) => {
        const meta = [
          basis.date ? texts.catalogue.legalDate(formatCalendarDate(basis.date)) : null,
          basis.issuer,
        ].filter(Boolean);
        return (
          <li key={`${basis.number}-${index}`} className="legal">
            <p className="legal__number">{basis.number}</p>
            {basis.summary ? <p className="legal__summary">{basis.summary}</p> : null}
            {meta.length > 0 ? <p className="legal__meta">{meta.join(' · ')}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

function Actions({ procedure }: { procedure: Procedure }) {
  const online = procedure.onlineLevel !== 'none';
  return (
    <aside className="card procedure-actions" aria-label={texts.catalogue.actionsRegion}>
      {online ? (
        <Link className="button button--primary button--large button--block" to={submitPath(procedure.code)}>
          {texts.catalogue.submitOnline}
        </Link>
      ) : (
        <p className="procedure-actions__offline">{texts.catalogue.notOnline}</p>
      )}
      <p className="procedure-actions__level">
        <OnlineLevelBadge level={procedure.onlineLevel} />
      </p>
      {online ? <p className="procedure-actions__note">{texts.catalogue.onlineNote}</p> : null}
      <div className="procedure-actions__links">
        <Link className="button button--secondary button--block" to={askQuestionHref(procedure.code)}>
          {texts.catalogue.ask}
        </Link>
        <Link to={questionsHref(procedure.code)}>{texts.catalogue.seeQuestions}</Link>
      </div>
    </aside>
  );
}

function ProcedureDetail({ procedure }: { procedure: Procedure }) {
  return (
    <>
      <header className="page__header procedure-header">
        <h1 className="procedure-header__name">{procedure.name}</h1>
        <p className="procedure-card__tags">
          <span className="label-chip label-chip--code">
            {texts.catalogue.code}: {procedure.code}
          </span>
          <span className="label-chip">
            <span className="visually-hidden">{texts.catalogue.field}: </span>
            {procedure.field}
          </span>
        </p>
      </header>
      <div className="procedure-layout">
        <Actions procedure={procedure} />
        <div className="procedure-main">
          <Section id="overview-heading" title={texts.catalogue.overviewHeading}>
            <dl className="details details--grid">
              <div className="details__row">
                <dt>{texts.catalogue.level}</dt>
                <dd>{procedure.levels.map((level) => PROCEDURE_LEVEL_LABELS[level]).join(', ')}</dd>
              </div>
              <div className="details__row">
                <dt>{texts.catalogue.field}</dt>
                <dd>{procedure.field}</dd>
              </div>
              {procedure.procedureType ? (
                <div className="details__row">
                  <dt>{texts.catalogue.procedureType}</dt>
                  <dd>{procedure.procedureType}</dd>
                </div>
              ) : null}
              {procedure.publishingDecision ? (
                <div className="details__row">
                  <dt>{texts.catalogue.publishingDecision}</dt>
                  <dd>{procedure.publishingDecision}</dd>
                </div>
              ) : null}
              {procedure.effectiveFrom ? (
                <div className="details__row">
                  <dt>{texts.catalogue.effectiveFrom}</dt>
                  <dd>{formatCalendarDate(procedure.effectiveFrom)}</dd>
                </div>
              ) : null}
            </dl>
            <MissingParts procedure={procedure} />
          </Section>
          <Section id="methods-heading" title={texts.catalogue.methodsHeading}>
            <Methods procedure={procedure} />
          </Section>
          <Section id="components-heading" title={texts.catalogue.componentsHeading}>
            <Components procedure={procedure} />
          </Section>
          {procedure.steps ? (
            <Section id="steps-heading" title={texts.catalogue.stepsHeading}>
              <OfficialText value={procedure.steps} />
            </Section>
          ) : null}
          {procedure.applicants ? (
            <Section id="applicants-heading" title={texts.catalogue.applicantsHeading}>
              <OfficialText value={procedure.applicants} />
            </Section>
          ) : null}
          <Section id="agencies-heading" title={texts.catalogue.agenciesHeading}>
            <Agencies procedure={procedure} />
          </Section>
          {procedure.conditions ? (
            <Section id="conditions-heading" title={texts.catalogue.conditionsHeading}>
              <OfficialText value={procedure.conditions} />
            </Section>
          ) : null}
          <Section id="results-heading" title={texts.catalogue.resultsHeading}>
            {procedure.results.length === 0 ? (
              <p className="details__empty">{texts.common.notProvided}</p>
            ) : (
              <ul className="bullet-list">
                {procedure.results.map((result, index) => (
                  <li key={index}>
                    {result.name}
                    {result.code ? <span className="result-code"> ({result.code})</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="legal-heading" title={texts.catalogue.legalHeading}>
            <LegalBases procedure={procedure} />
          </Section>
          {procedure.relatedCodes.length > 0 ? (
            <Section id="related-heading" title={texts.catalogue.relatedHeading}>
              <ul className="bullet-list">
                {procedure.relatedCodes.map((code) => (
                  <li key={code}>
                    <Link to={procedurePath(code)}>{texts.catalogue.relatedLink(code)}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>
      </div>
    </>
  );
}

/** The page's heading while there is no procedure to name it after (loading, failed, not found). */
function PlaceholderHeading() {
  return <h1 className="visually-hidden">{texts.catalogue.procedureTitle}</h1>;
}

function NotFound({ code }: { code: string }) {
  return (
    <>
      <DocumentTitle page={texts.catalogue.notFoundTitle} />
      <PlaceholderHeading />
      <ErrorState title={texts.catalogue.notFoundTitle} message={texts.catalogue.notFoundText(code)} />
      <p className="procedure-not-found">
        <Link className="button button--secondary" to={paths.catalogue}>
          {texts.catalogue.back}
        </Link>
      </p>
    </>
  );
}

function ProcedureLookup({ code }: { code: string }) {
  const procedure = useProcedure(code);
  if (procedure.isPending) {
    return (
      <>
        <DocumentTitle page={texts.catalogue.procedureTitle} />
        <PlaceholderHeading />
        <LoadingState label={texts.catalogue.procedureLoading} />
      </>
    );
  }
  if (procedure.isError) {
    if (isApiError(procedure.error) && procedure.error.status === 404) return <NotFound code={code} />;
    return (
      <>
        <DocumentTitle page={texts.catalogue.procedureLoadFailed} />
        <PlaceholderHeading />
        <ErrorState
          title={texts.catalogue.procedureLoadFailed}
          message={describeError(procedure.error)}
          onRetry={() => void procedure.refetch()}
        />
      </>
    );
  }
  return (
    <>
      <DocumentTitle page={procedure.data.name} />
      <ProcedureDetail procedure={procedure.data} />
    </>
  );
}

/** `/thu-tuc/:code`: one procedure as published, with the way to submit it online or to ask about it. */
export function ProcedurePage() {
  const { code: rawCode = '' } = useParams();
  const location = useLocation();
  const state = (location.state as ProcedureLinkState)?.from;
  // Only a catalogue URL is followed back (history state survives reloads, but is written by this app alone).
  const from = state?.startsWith(`${paths.catalogue}?`) ? state : undefined;
  const parsed = ProcedureCodeSchema.safeParse(rawCode);

  return (
    <div className="page">
      <div className="container">
        <BackLink to={from ?? paths.catalogue}>
          {from ? texts.catalogue.backToResults : texts.catalogue.back}
        </BackLink>
        {parsed.success ? <ProcedureLookup code={parsed.data} /> : <NotFound code={rawCode} />}
      </div>
    </div>
  );
}
