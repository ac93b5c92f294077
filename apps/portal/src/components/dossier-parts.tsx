import type { DossierState } from '@motcua/shared';
import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from './badge';
import { texts } from '../config/texts';
import { stateTone, type StateTone } from '../lib/dossier-state';
import { formatInstant } from '../lib/format';

const STATE_TONE_BADGES: Record<StateTone, BadgeTone> = {
  progress: 'info',
  attention: 'attention',
  done: 'success',
  ended: 'error',
};

/** A dossier's state as a coloured badge; the label is always written out, colour only adds to it. */
export function StateBadge({ state, label }: { state: DossierState; label: string }) {
  return <Badge tone={STATE_TONE_BADGES[stateTone(state)]}>{label}</Badge>;
}

/** One row of a definition list; a missing value reads "Chưa có" rather than an empty cell. */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd className={empty ? 'details__empty' : undefined}>{empty ? texts.dossier.notYet : children}</dd>
    </div>
  );
}

/** An instant as dd/MM/yyyy HH:mm in a <time> element, or nothing when there is none yet. */
export function Instant({ value }: { value: string | null }) {
  return value ? <time dateTime={value}>{formatInstant(value)}</time> : null;
}

/** A date row: the instant, or "Chưa có" while there is none. */
export function InstantRow({ label, value }: { label: string; value: string | null }) {
  return <DetailRow label={label}>{value ? <Instant value={value} /> : null}</DetailRow>;
}

type TimelineEntry = { at: string; label: string; stateLabel: string };

/** What happened to the dossier, oldest first, as an ordered list. */
export function Timeline({ entries, headingId }: { entries: readonly TimelineEntry[]; headingId: string }) {
  return (
    <section className="card dossier-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {texts.dossier.timelineHeading}
      </h2>
      {entries.length === 0 ? (
        <p className="details__empty">{texts.dossier.timelineEmpty}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="timeline__item">
              <p className="timeline__label">{entry.label}</p>
              <p className="timeline__meta">
                <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
                <span aria-hidden="true"> · </span>
                <span>{entry.stateLabel}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
