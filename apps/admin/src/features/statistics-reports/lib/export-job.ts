import { PDF_EXPORT_MAX_ROWS, type ExportFormat, type ExportJob } from '@motcua/shared';

/** Still to be polled: waiting for its turn or writing rows. */
export function isRunning(job: Pick<ExportJob, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}

/**
 * How far the job has gone, 0..100, or null while the total is not known yet (the bar then shows as
 * indeterminate). A finished job is full whatever its counters say.
 */
export function progressPercent(job: Pick<ExportJob, 'status' | 'processed' | 'total'>): number | null {
  if (job.status === 'done') return 100;
  if (job.total === null) return null;
  if (job.total <= 0) return job.status === 'running' ? 100 : 0;
  return Math.min(100, Math.max(0, Math.floor((job.processed / job.total) * 100)));
}

/** A PDF is for reading and printing: a report with more rows than that goes to Excel. */
export function pdfAllowed(totalRows: number): boolean {
  return totalRows <= PDF_EXPORT_MAX_ROWS;
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export function exportMediaType(format: ExportFormat): string {
  return MEDIA_TYPES[format];
}

/** The name to save under when the server names none: its own file name, else a slug of the title. */
export function exportFallbackName(job: Pick<ExportJob, 'title' | 'format' | 'fileName'>): string {
  if (job.fileName) return job.fileName;
  const slug = job.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'bao-cao'}.${job.format}`;
}
