import type { ExportJob } from '@motcua/shared';
import { useId } from 'react';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { DataTable, type Column } from '../../../components/data-table';
import { ListToolbar } from '../../../components/list-toolbar';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { useDownloadExport } from '../api/download-export';
import { useExports } from '../api/get-exports';
import { isRunning } from '../lib/export-job';
import { ExportProgress } from './export-controls';

const t = texts.statisticsReports.exports;

const STATUS_TONES = {
  queued: 'muted',
  running: 'primary',
  done: 'success',
  failed: 'danger',
} as const satisfies Record<ExportJob['status'], string>;

function FileCell({ job, onDownload, busy }: { job: ExportJob; onDownload: () => void; busy: boolean }) {
  if (isRunning(job)) return <ExportProgress job={job} />;
  if (job.status === 'failed')
    return <span className="sr-error-text">{job.error ?? texts.errors.unexpected}</span>;
  return (
    <span className="sr-file">
      <Button size="sm" busy={busy} onClick={onDownload} aria-label={t.downloadOf(job.fileName ?? job.title)}>
        {t.download}
      </Button>
      {job.size !== null && <span className="muted">{t.size(job.size)}</span>}
    </span>
  );
}

/** The officer's latest exports, with their status and a way to download each finished file again. */
export function ExportsList() {
  const titleId = useId();
  const exports = useExports();
  const download = useDownloadExport();
  const toast = useToast();
  const problem = download.isError ? describeError(download.error) : null;

  const columns: Column<ExportJob>[] = [
    {
      key: 'title',
      header: t.columns.title,
      cell: (job) => job.title,
      rowHeader: true,
      className: 'sr-col-title',
    },
    { key: 'format', header: t.columns.format, cell: (job) => t.formats[job.format] },
    {
      key: 'status',
      header: t.columns.status,
      cell: (job) => <Badge tone={STATUS_TONES[job.status]}>{t.statuses[job.status]}</Badge>,
    },
    {
      key: 'createdAt',
      header: t.columns.createdAt,
      cell: (job) => formatDateTime(job.createdAt),
      className: 'nowrap',
    },
    {
      key: 'file',
      header: t.columns.file,
      cell: (job) => (
        <FileCell
          job={job}
          busy={download.isPending && download.variables.id === job.id}
          onDownload={() => download.mutate(job, { onSuccess: (name) => toast.notify(t.downloaded(name)) })}
        />
      ),
    },
  ];

  let body;
  if (exports.isPending) body = <LoadingState />;
  else if (exports.isError)
    body = <ErrorState error={exports.error} onRetry={() => void exports.refetch()} />;
  else if (exports.data.length === 0) body = <EmptyState title={t.listEmpty} />;
  else
    body = (
      <DataTable caption={t.listCaption} columns={columns} rows={exports.data} rowKey={(job) => job.id} />
    );

  return (
    <section className="card" aria-labelledby={titleId}>
      <ListToolbar titleId={titleId} title={t.listTitle} loading={exports.isFetching && !exports.isPending}>
        <Button size="sm" variant="ghost" onClick={() => void exports.refetch()}>
          {t.refresh}
        </Button>
      </ListToolbar>
      <p className="muted sr-card-intro">{t.listIntro}</p>
      {problem && (
        <p className="sr-error-text">{`${t.downloadFailed}: ${problem.detail ?? problem.title}`}</p>
      )}
      {body}
    </section>
  );
}
