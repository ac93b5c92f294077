import { zodResolver } from '@hookform/resolvers/zod';
import type { FinderResultSchema } from '@motcua/shared';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { DocumentTitle } from '../../components/document-title';
import { TextAreaField } from '../../components/field';
import { ErrorState, LoadingState } from '../../components/states';
import { paths, procedurePath, submitPath } from '../../config/paths';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { useFinder } from './api/find-procedures';
import { catalogueHref } from './catalogue-search';
import {
  FinderFormSchema,
  finderHref,
  parseSituation,
  SITUATION_PARAM,
  type FinderFormValues,
} from './finder-search';
import { OnlineLevelBadge, RequiredBadge } from './procedure-parts';
import './catalogue.css';

type FinderItem = z.infer<typeof FinderResultSchema>['items'][number];
type FinderCase = FinderItem['cases'][number];

function SituationForm({ initial }: { initial: string }) {
  const navigate = useNavigate();
  const values = useMemo(() => ({ situation: initial }), [initial]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FinderFormValues>({ resolver: zodResolver(FinderFormSchema), values });
  const onSubmit = handleSubmit(({ situation }) => navigate(finderHref(situation)));

  return (
    <form
      className="card finder-form"
      role="search"
      aria-label={texts.finder.formRegion}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <TextAreaField
        label={texts.finder.situationLabel}
        hint={texts.finder.situationHint}
        rows={3}
        maxLength={500}
        required
        error={errors.situation?.message}
        onKeyDown={(event) => {
          // Enter looks up, as in a search box; Shift+Enter still breaks the line.
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
        {...register('situation')}
      />
      <div className="finder-form__actions">
        <button type="submit" className="button button--primary">
          {texts.finder.submit}
        </button>
      </div>
      <div className="finder-examples">
        <p className="finder-examples__label" id="finder-examples-label">
          {texts.finder.examplesLabel}
        </p>
        <ul className="chip-list" aria-labelledby="finder-examples-label">
          {texts.finder.examples.map((example) => (
            <li key={example}>
              <Link className="chip" to={finderHref(example)}>
                {example}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </form>
  );
}

function Papers({ components }: { components: FinderCase['components'] }) {
  if (components.length === 0) return <p className="details__empty">{texts.finder.noPapers}</p>;
  return (
    <ul className="checklist">
      {components.map((component, index) => (
        <li key={index} className="checklist__item">
          <span className="prewrap">{component.name}</span>
          {component.required ? (
            <>
              {' '}
              <RequiredBadge />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Suggestion({ item }: { item: FinderItem }) {
  const headingId = `finder-${item.code}`;
  return (
    <li className="card finder-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="finder-item__name">
          <Link to={procedurePath(item.code)}>{item.name}</Link>
        </h3>
        <p className="procedure-card__tags">
          <span className="label-chip label-chip--code">
            <span className="visually-hidden">{texts.catalogue.code}: </span>
            {item.code}
          </span>
          <span className="label-chip">
            <span className="visually-hidden">{texts.catalogue.field}: </span>
            {item.field}
          </span>
          <OnlineLevelBadge level={item.onlineLevel} />
        </p>
        <h4 className="finder-item__papers">{texts.finder.papersHeading}</h4>
        {item.cases.length === 0 ? (
          <p className="details__empty">{texts.finder.noPapers}</p>
        ) : item.cases.length === 1 ? (
          <Papers components={item.cases[0]?.components ?? []} />
        ) : (
          item.cases.map((c, index) => (
            <details key={index} className="case" open={index === 0}>
              <summary className="case__summary">
                <span className="case__name">{c.name}</span>
                <span className="case__count">{texts.catalogue.componentCount(c.components.length)}</span>
              </summary>
              <div className="case__body">
                <Papers components={c.components} />
              </div>
            </details>
          ))
        )}
        <div className="finder-item__actions">
          {item.onlineLevel !== 'none' ? (
            <Link className="button button--primary" to={submitPath(item.code)}>
              {texts.catalogue.submitOnline}
            </Link>
          ) : null}
          <Link className="button button--secondary" to={procedurePath(item.code)}>
            {texts.finder.toProcedure}
          </Link>
        </div>
      </article>
    </li>
  );
}

function Suggestions({ situation }: { situation: string }) {
  const result = useFinder(situation);
  if (result.isPending) return <LoadingState label={texts.finder.searching} />;
  if (result.isError) {
    return (
      <ErrorState
        title={texts.finder.loadFailed}
        message={describeError(result.error)}
        onRetry={() => void result.refetch()}
      />
    );
  }
  const { items } = result.data;
  if (items.length === 0) {
    return (
      <div className="card card--center empty">
        <h2 className="card__heading">{texts.finder.emptyTitle}</h2>
        <p>{texts.finder.emptyText}</p>
        <Link className="button button--secondary" to={catalogueHref(paths.catalogue, { q: situation })}>
          {texts.finder.searchCatalogue}
        </Link>
      </div>
    );
  }
  return (
    <section aria-labelledby="finder-results-heading">
      <h2 id="finder-results-heading" className="finder-results__heading">
        {texts.finder.resultsHeading(items.length)}
      </h2>
      <p className="finder-results__lead">{texts.finder.resultsLead}</p>
      <ol className="finder-list">
        {items.map((item) => (
          <Suggestion key={item.code} item={item} />
        ))}
      </ol>
    </section>
  );
}

/**
 * Tells a screen reader how the lookup went. It is on the page from the start (a live region added together with
 * its text is often not read) and says only the outcome, not the whole list.
 */
function FinderStatus({ situation }: { situation: string | null }) {
  const result = useFinder(situation);
  const message =
    situation === null || result.isPending
      ? ''
      : result.isError
        ? texts.finder.loadFailed
        : texts.finder.resultsHeading(result.data.items.length);
  return (
    <p className="visually-hidden" role="status">
      {message}
    </p>
  );
}

/** `/huong-dan`: the citizen says what happened in their own words and gets the procedures and papers it calls for. */
export function FinderPage() {
  const [params] = useSearchParams();
  const raw = params.get(SITUATION_PARAM) ?? '';
  const situation = parseSituation(params);

  return (
    <div className="page">
      <DocumentTitle page={texts.finder.title} />
      <div className="container finder">
        <header className="page__header">
          <h1>{texts.finder.title}</h1>
          <p className="lead">{texts.finder.lead}</p>
        </header>
        <SituationForm initial={raw} />
        <FinderStatus situation={situation} />
        <div className="finder-results">
          {situation === null ? null : <Suggestions situation={situation} />}
        </div>
      </div>
    </div>
  );
}
