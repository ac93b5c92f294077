import { useId } from 'react';
import { texts } from '../../../config/texts';

/** How each figure is computed, in plain words, under the table. */
export function ScoreboardMethod() {
  const headingId = useId();
  return (
    <section className="card scoreboard-method" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {texts.scoreboard.methodHeading}
      </h2>
      <dl className="scoreboard-method__list">
        {texts.scoreboard.method.map(({ term, text }) => (
          <div key={term} className="scoreboard-method__item">
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
