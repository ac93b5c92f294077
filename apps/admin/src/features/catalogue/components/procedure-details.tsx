import type { Procedure } from '@motcua/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { texts } from '../../../config/i18n';
import { formatDate } from '../../../lib/format';
import { TemplateDownload } from './template-download';

const t = texts.catalogue.content;

function Value({ children }: { children: ReactNode }) {
  return children === null || children === undefined || children === '' ? (
    <span className="muted">{t.notSet}</span>
  ) : (
    <>{children}</>
  );
}

function fee(method: Procedure['methods'][number]): string {
  if (method.feeVnd === null) return t.feeCouncil;
  if (method.feeVnd === 0) return t.feeFree;
  return t.feeVnd(method.feeVnd);
}

/** The content of one version, read-only, in the order of the national database's record. */
export function ProcedureDetails({ procedure }: { procedure: Procedure }) {
  const p = procedure;
  return (
    <div className="cat-procedure-details">
      <section aria-labelledby="pd-general">
        <h3 id="pd-general" className="cat-subsection-title">
          {t.general}
        </h3>
        <dl className="details details-inline">
          <div>
            <dt>{t.code}</dt>
            <dd className="mono">{p.code}</dd>
          </div>
          <div>
            <dt>{t.field}</dt>
            <dd>{p.field}</dd>
          </div>
          <div>
            <dt>{t.levels}</dt>
            <dd>
              <span className="badge-list">
                {p.levels.map((level) => (
                  <Badge key={level}>{texts.catalogue.levels[level]}</Badge>
                ))}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t.onlineLevel}</dt>
            <dd>{texts.catalogue.onlineLevels[p.onlineLevel]}</dd>
          </div>
          <div>
            <dt>{t.procedureType}</dt>
            <dd>
              <Value>{p.procedureType}</Value>
            </dd>
          </div>
          <div>
            <dt>{t.publishingDecision}</dt>
            <dd>
              <Value>{p.publishingDecision}</Value>
            </dd>
          </div>
          <div>
            <dt>{t.cutoffTime}</dt>
            <dd>
              <Value>{p.cutoffTime && t.cutoffValue(p.cutoffTime)}</Value>
            </dd>
          </div>
          <div>
            <dt>{t.executing}</dt>
            <dd>{p.agencies.executing}</dd>
          </div>
          {p.agencies.competent && (
            <div>
              <dt>{t.competent}</dt>
              <dd>{p.agencies.competent}</dd>
            </div>
          )}
          {p.agencies.authorised && (
            <div>
              <dt>{t.authorised}</dt>
              <dd>{p.agencies.authorised}</dd>
            </div>
          )}
          {p.agencies.coordinating && (
            <div>
              <dt>{t.coordinating}</dt>
              <dd>{p.agencies.coordinating}</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="pd-methods">
        <h3 id="pd-methods" className="cat-subsection-title">
          {t.methods}
        </h3>
        <div className="table-wrap" role="region" aria-label={t.methodsCaption} tabIndex={0}>
          <table className="table cat-table-compact">
            <caption className="sr-only">{t.methodsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.channel}</th>
                <th scope="col">{t.timeLimit}</th>
                <th scope="col">{t.fee}</th>
                <th scope="col">{t.note}</th>
              </tr>
            </thead>
            <tbody>
              {p.methods.map((m) => (
                <tr key={m.channel}>
                  <th scope="row">{texts.catalogue.channels[m.channel]}</th>
                  <td>{t.timeLimitValue(m.timeLimit.amount, texts.catalogue.timeUnits[m.timeLimit.unit])}</td>
                  <td>
                    <span className="cell-primary">{fee(m)}</span>
                    {m.feeText && <span className="cell-secondary">{m.feeText}</span>}
                  </td>
                  <td>
                    <Value>{m.note}</Value>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="pd-components">
        <h3 id="pd-components" className="cat-subsection-title">
          {t.components}
        </h3>
        {p.cases.length === 0 && <p className="muted">{t.noCases}</p>}
        {p.cases.map((c, caseIndex) => (
          <div key={caseIndex} className="cat-case-block">
            <h4 className="cat-case-title">{c.name}</h4>
            {c.components.length === 0 ? (
              <p className="muted">{t.noComponents}</p>
            ) : (
              <div className="table-wrap" role="region" aria-label={t.componentsCaption(c.name)} tabIndex={0}>
                <table className="table cat-table-compact">
                  <caption className="sr-only">{t.componentsCaption(c.name)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.componentName}</th>
                      <th scope="col" className="cat-col-number">
                        {t.originals}
                      </th>
                      <th scope="col" className="cat-col-number">
                        {t.copies}
                      </th>
                      <th scope="col">{t.required}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.components.map((k, index) => (
                      <tr key={index}>
                        <td>
                          <span className="cat-prose-cell">{k.name}</span>
                          {k.group && <span className="cell-secondary">{k.group}</span>}
                          {k.templates.length > 0 && (
                            <ul className="cat-template-links" aria-label={t.templates}>
                              {k.templates.map((template) => (
                                <li key={template.id} className="cat-template-link">
                                  <span>{template.name}</span>
                                  <TemplateDownload id={template.id} name={template.name} />
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td className="cat-col-number">{k.originals}</td>
                        <td className="cat-col-number">{k.copies}</td>
                        <td>
                          {k.required ? (
                            <Badge tone="primary">{t.required}</Badge>
                          ) : (
                            <Badge tone="muted">{t.optionalComponent}</Badge>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        ))}
      </section>

      <TextSection id="pd-steps" title={t.steps} text={p.steps} />
      <TextSection id="pd-applicants" title={t.applicants} text={p.applicants} />
      <TextSection id="pd-conditions" title={t.conditions} text={p.conditions} />

      <section aria-labelledby="pd-results">
        <h3 id="pd-results" className="cat-subsection-title">
          {t.results}
        </h3>
        {p.results.length === 0 ? (
          <p className="muted">{t.notSet}</p>
        ) : (
          <ul className="cat-plain-list">
            {p.results.map((r, index) => (
              <li key={index}>
                {r.name}
                {r.code && <span className="muted mono"> ({r.code})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pd-legal">
        <h3 id="pd-legal" className="cat-subsection-title">
          {t.legalBases}
        </h3>
        {p.legalBases.length === 0 ? (
          <p className="muted">{t.notSet}</p>
        ) : (
          <ul className="cat-plain-list">
            {p.legalBases.map((b, index) => (
              <li key={index}>
                <strong>{b.number}</strong>
                {b.summary && ` — ${b.summary}`}
                {(b.date || b.issuer) && (
                  <span className="muted">
                    {' '}
                    ({[b.issuer, b.date && formatDate(b.date)].filter(Boolean).join(', ')})
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {p.relatedCodes.length > 0 && (
        <section aria-labelledby="pd-related">
          <h3 id="pd-related" className="cat-subsection-title">
            {t.relatedCodes}
          </h3>
          <ul className="cat-inline-list">
            {p.relatedCodes.map((code) => (
              <li key={code}>
                <Link className="mono" to={`/procedures/${encodeURIComponent(code)}`}>
                  {code}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function TextSection({ id, title, text }: { id: string; title: string; text: string | null }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="cat-subsection-title">
        {title}
      </h3>
      {text ? <p className="cat-prose-block">{text}</p> : <p className="muted">{t.notSet}</p>}
    </section>
  );
}
