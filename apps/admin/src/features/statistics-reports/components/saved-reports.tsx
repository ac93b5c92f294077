import type { SavedReport } from '@motcua/shared';
import { useId } from 'react';
import { Button } from '../../../components/button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { formatDateTime } from '../../../lib/format';
import { useSavedReports } from '../api/get-saved-reports';

const c = texts.statisticsReports.custom;

/** The officer's saved reports: open one into the builder, rename or delete it. */
export function SavedReports({
  openedId,
  onOpen,
  onRename,
  onDelete,
}: {
  openedId: string | null;
  onOpen: (report: SavedReport) => void;
  onRename: (report: SavedReport) => void;
  onDelete: (report: SavedReport) => void;
}) {
  const titleId = useId();
  const saved = useSavedReports();
  let body;
  if (saved.isPending) body = <LoadingState />;
  else if (saved.isError) body = <ErrorState error={saved.error} onRetry={() => void saved.refetch()} />;
  else if (saved.data.length === 0) body = <EmptyState title={c.savedEmpty} />;
  else
    body = (
      <ul className="sr-saved" aria-labelledby={titleId}>
        {saved.data.map((report) => {
          const opened = report.id === openedId;
          return (
            <li key={report.id} aria-current={opened || undefined}>
              <div>
                <p className="sr-saved-name">{report.name}</p>
                <p className="sr-saved-meta">
                  {c.savedColumns(report.definition.columns.length)}
                  {' · '}
                  {c.savedUpdated(formatDateTime(report.updatedAt))}
                </p>
              </div>
              <div className="sr-inline-actions">
                {opened ? (
                  <span className="muted">{c.opened}</span>
                ) : (
                  <Button size="sm" onClick={() => onOpen(report)} aria-label={c.openOf(report.name)}>
                    {c.open}
                  </Button>
                )}
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => onRename(report)}
                  aria-label={c.renameOf(report.name)}
                >
                  {c.rename}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => onDelete(report)}
                  aria-label={c.deleteOf(report.name)}
                >
                  {c.delete}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    );
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        {c.savedTitle}
      </h2>
      {body}
    </section>
  );
}
