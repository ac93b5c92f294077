import type { ExplanationLine } from '@motcua/shared';
import { formatDate } from '../../../lib/format';

function range(line: ExplanationLine): string {
  return line.from === line.to ? formatDate(line.from) : `${formatDate(line.from)} – ${formatDate(line.to)}`;
}

/** The legal clock's derivation, day by day: what was counted, skipped, paused, and the appointment. */
export function DueExplanation({ lines, label }: { lines: readonly ExplanationLine[]; label: string }) {
  return (
    <ol className="explanation" aria-label={label}>
      {lines.map((line, index) => (
        <li key={`${line.kind}-${line.from}-${index}`} className={`explanation-line is-${line.kind}`}>
          <span className="explanation-dates">{range(line)}</span>
          <span className="explanation-text">{line.text}</span>
        </li>
      ))}
    </ol>
  );
}
