import type { ReportForm, ReportStatus } from '@motcua/shared';
import { Button } from '../../../components/button';
import { texts } from '../../../config/i18n';
import { formatDateTime } from '../../../lib/format';
import {
  changeLines,
  historyEntries,
  signedDelta,
  type HistoryEntry,
  type HistoryEvent,
} from '../lib/history';

const h = texts.reports.history;
const number = (n: number) => n.toLocaleString('vi-VN');

function statusLabel(status: ReportStatus | null): string | null {
  return status ? texts.reports.statuses[status] : null;
}

function Frozen({ entry, form }: { entry: HistoryEntry; form: ReportForm }) {
  if (!entry.frozen) return null;
  if (entry.frozen.first) return <p className="rp-frozen muted">{h.firstFrozen}</p>;
  if (entry.frozen.changes.length === 0) return <p className="rp-frozen muted">{h.unchanged}</p>;
  const lines = changeLines(entry.frozen.changes, form.rows, form.template.definition.columns);
  return (
    <details className="rp-changes">
      <summary>{h.changed(lines.length)}</summary>
      <div className="rp-changes-wrap">
        <table className="table rp-changes-table">
          <caption className="sr-only">{h.changesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{h.row}</th>
              <th scope="col">{h.column}</th>
              <th scope="col" className="rp-num">
                {h.before}
              </th>
              <th scope="col" className="rp-num">
                {h.after}
              </th>
              <th scope="col" className="rp-num">
                {h.delta}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.key}>
                <th scope="row">{line.row}</th>
                <td>{line.column}</td>
                <td className="rp-num">{number(line.before)}</td>
                <td className="rp-num">{number(line.after)}</td>
                <td className="rp-num">{signedDelta(line.before, line.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * Who did what and when, oldest first: each save, send, approval, return (with its reason) and reopening. An
 * approval or acceptance froze the figures; between two frozen versions the changed cells are listed.
 */
export function ReportHistory({
  form,
  query,
}: {
  form: ReportForm;
  query: { data?: HistoryEvent[]; isPending: boolean; isError: boolean; refetch: () => unknown };
}) {
  const f = texts.reports.form;
  if (query.isPending) return <p className="muted">{texts.app.loading}</p>;
  if (query.isError || !query.data) {
    return (
      <div className="rp-inline-problem">
        <p>{f.historyFailed}</p>
        <Button size="sm" onClick={() => void query.refetch()}>
          {texts.common.retry}
        </Button>
      </div>
    );
  }
  const entries = historyEntries(query.data);
  if (entries.length === 0) return <p className="muted">{f.historyEmpty}</p>;
  return (
    <ol className="rp-timeline" aria-label={f.historyTitle}>
      {entries.map((entry) => {
        const from = statusLabel(entry.fromStatus);
        const to = statusLabel(entry.toStatus);
        return (
          <li key={entry.id} className="rp-timeline-item">
            <div className="rp-timeline-head">
              <span className="rp-timeline-event">
                {texts.reports.historyActions[entry.action] ?? entry.action}
              </span>
              <time className="rp-timeline-at" dateTime={entry.at}>
                {formatDateTime(entry.at)}
              </time>
            </div>
            <p className="rp-timeline-meta">
              <span>{entry.actorName ?? h.system}</span>
              {to && <span>{from && from !== to ? h.transition(from, to) : to}</span>}
            </p>
            {entry.reason && (
              <p className="rp-timeline-reason">
                <span className="sr-only">{texts.reports.review.reason}: </span>
                {entry.reason}
              </p>
            )}
            <Frozen entry={entry} form={form} />
          </li>
        );
      })}
    </ol>
  );
}
