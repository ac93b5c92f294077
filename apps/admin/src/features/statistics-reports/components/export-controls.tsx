import type { ExportFormat, ExportJob, ExportRequest } from '@motcua/shared';
import { PDF_EXPORT_MAX_ROWS } from '@motcua/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { useCreateExport } from '../api/create-export';
import { useDownloadExport } from '../api/download-export';
import { useExport } from '../api/get-export';
import { statisticsReportKeys } from '../api/keys';
import { isRunning, pdfAllowed, progressPercent } from '../lib/export-job';

const t = texts.statisticsReports.exports;

/** A job's bar: processed over total, indeterminate until the total is known. */
export function ExportProgress({ job }: { job: ExportJob }) {
  const percent = progressPercent(job);
  const label = job.status === 'queued' ? t.queued : t.running(job.processed, job.total);
  return (
    <div className="sr-progress">
      <progress
        className="sr-progress-bar"
        max={100}
        value={percent ?? undefined}
        aria-label={t.progressLabel(job.title)}
        aria-valuetext={label}
      />
      <span className="sr-progress-text" aria-hidden="true">
        {label}
      </span>
    </div>
  );
}

/** The job started from these buttons: its progress, then its file (downloaded at once), or its error. */
function ActiveJob({ id, onDismiss }: { id: string; onDismiss: () => void }) {
  const job = useExport(id);
  const download = useDownloadExport();
  const queryClient = useQueryClient();
  const toast = useToast();
  const handled = useRef(false);
  const data = job.data;
  const { mutate: startDownload } = download;
  const { notify } = toast;

  useEffect(() => {
    if (!data || isRunning(data) || handled.current) return;
    handled.current = true;
    // The list of exports shows the finished job too.
    void queryClient.invalidateQueries({ queryKey: statisticsReportKeys.exports(), exact: true });
    if (data.status === 'done') startDownload(data, { onSuccess: (name) => notify(t.downloaded(name)) });
  }, [data, queryClient, startDownload, notify]);

  if (job.isError) {
    return (
      <Alert tone="danger" title={t.failed}>
        {describeError(job.error).detail}
      </Alert>
    );
  }
  if (!data) return <ExportProgress job={{ ...placeholderJob, id }} />;
  if (isRunning(data)) return <ExportProgress job={data} />;
  if (data.status === 'failed') {
    return (
      <Alert tone="danger" title={t.failed}>
        <p>{data.error ?? texts.errors.unexpected}</p>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </Alert>
    );
  }
  const problem = download.isError ? describeError(download.error) : null;
  return (
    <Alert tone={problem ? 'danger' : 'success'} title={problem ? t.downloadFailed : t.done}>
      {problem && <p>{problem.detail ?? problem.title}</p>}
      <div className="sr-inline-actions">
        <Button size="sm" busy={download.isPending} onClick={() => download.mutate(data)}>
          {data.fileName ? t.downloadOf(data.fileName) : t.downloadAgain}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </div>
    </Alert>
  );
}

const placeholderJob: ExportJob = {
  id: '',
  title: '',
  format: 'xlsx',
  status: 'queued',
  processed: 0,
  total: null,
  fileName: null,
  size: null,
  error: null,
  createdAt: new Date(0).toISOString(),
  finishedAt: null,
};

/**
 * "Xuất Excel" and "Xuất PDF" for what the table shows: each queues a background job, whose progress shows below
 * until the file downloads by itself. A report longer than a PDF can hold offers Excel only, and says why.
 */
export function ExportControls({
  source,
  totalRows,
}: {
  /** What to export; null while there is nothing valid to export. */
  source: ExportRequest['source'] | null;
  /** The report's row count (all pages), once known. */
  totalRows: number | undefined;
}) {
  const create = useCreateExport();
  const [jobId, setJobId] = useState<string | null>(null);
  const hintId = useId();
  const tooLong = totalRows !== undefined && !pdfAllowed(totalRows);
  const disabled = source === null || totalRows === undefined;

  function start(format: ExportFormat) {
    if (!source) return;
    create.mutate({ source, format }, { onSuccess: (job) => setJobId(job.id) });
  }

  const problem = create.isError ? describeError(create.error) : null;
  return (
    <div className="sr-export">
      <div className="sr-inline-actions">
        <Button
          disabled={disabled}
          busy={create.isPending && create.variables.format === 'xlsx'}
          onClick={() => start('xlsx')}
        >
          {t.excel}
        </Button>
        <Button
          disabled={disabled || tooLong}
          busy={create.isPending && create.variables.format === 'pdf'}
          aria-describedby={tooLong ? hintId : undefined}
          onClick={() => start('pdf')}
        >
          {t.pdf}
        </Button>
      </div>
      {tooLong && (
        <p id={hintId} className="field-hint sr-export-hint">
          {t.pdfTooMany(PDF_EXPORT_MAX_ROWS)}
        </p>
      )}
      {problem && (
        <Alert tone="danger" title={t.startFailed}>
          {problem.detail}
        </Alert>
      )}
      {jobId && <ActiveJob key={jobId} id={jobId} onDismiss={() => setJobId(null)} />}
    </div>
  );
}
