import { stat, writeFile } from 'node:fs/promises';
import {
  formatVnDate,
  PDF_EXPORT_MAX_ROWS,
  STANDARD_REPORT_INFO,
  type Cell,
  type ExportJob,
  type ExportRequestSchema,
  type Role,
  type TableColumn,
} from '@motcua/shared';
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { exportJobs, units, users } from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import { AppError, invalid, notFound } from '../../lib/errors';
import type { FileStore } from '../../lib/files';
import { createPdf, heading, render, table, title as pdfTitle } from '../../lib/pdf';
import { requireScope, type Officer } from '../../plugins/auth';
import type { StatisticsService } from './statistics.service';

type ExportRequest = z.infer<typeof ExportRequestSchema>;
type JobRow = typeof exportJobs.$inferSelect;

/** A job whose runner has not reported for this long was cut off (a restart): it is run again. */
const STALE_MS = 2 * 60_000;
const BATCH_ROWS = 1000;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function jobView(row: JobRow): ExportJob {
  return {
    id: row.id,
    title: row.title,
    format: row.format,
    status: row.status,
    processed: row.processed,
    total: row.total,
    fileName: row.status === 'done' ? row.fileName : null,
    size: row.size,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

function titleOf(request: ExportRequest): string {
  return request.source.kind === 'standard'
    ? STANDARD_REPORT_INFO[request.source.report].title
    : request.source.name;
}

/** A file name people can read: the title without diacritics, the date, the extension. */
function exportFileName(title: string, format: string, day: string): string {
  const ascii = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return `${ascii || 'bao-cao'}-${day}.${format}`;
}

/** A cell as Excel stores it: instants as Vietnam's local time (Excel dates have no zone), yes/no in words. */
function excelValue(column: TableColumn, value: Cell): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.kind === 'datetime' && typeof value === 'string')
    return new Date(Date.parse(value) + 7 * 3600_000);
  if (column.kind === 'boolean') return value ? 'Có' : 'Không';
  return value;
}

function printedValue(column: TableColumn, value: Cell): string {
  if (value === null || value === undefined) return '';
  if (column.kind === 'datetime' && typeof value === 'string') {
    const local = new Date(Date.parse(value) + 7 * 3600_000).toISOString();
    return `${local.slice(11, 16)} ${formatVnDate(local.slice(0, 10))}`;
  }
  if (column.kind === 'percent' && typeof value === 'number') return `${(value * 100).toFixed(1)}%`;
  if (column.kind === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  return String(value);
}

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

export function createExportRunner(
  db: Executor,
  files: FileStore,
  statistics: StatisticsService,
  log: { error: (object: unknown, message: string) => void },
) {
  const active = new Set<string>();

  async function officerOf(userId: string): Promise<Officer | undefined> {
    const [row] = await db
      .select({
        id: users.id,
        username: users.username,
        fullName: users.fullName,
        roles: users.roles,
        unitId: users.unitId,
        unitPath: units.path,
        status: users.status,
      })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(eq(users.id, userId));
    if (!row || row.status !== 'active') return undefined;
    const { status: _status, ...officer } = row;
    return { ...officer, roles: officer.roles as Role[] };
  }

  async function progress(id: string, values: Partial<typeof exportJobs.$inferInsert>) {
    await db
      .update(exportJobs)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(exportJobs.id, id));
  }

  async function writeXlsx(
    job: JobRow,
    source: Awaited<ReturnType<StatisticsService['tableSource']>>,
    path: string,
  ) {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
    book.creator = 'Một Cửa';
    const sheet = book.addWorksheet('Báo cáo');
    sheet.columns = [{ width: 6 }, ...source.columns.map((c) => ({ width: c.kind === 'text' ? 28 : 16 }))];
    const bold = { bold: true };
    sheet.addRow([source.title.toUpperCase()]).font = { bold: true, size: 13 };
    for (const line of source.subtitle) sheet.addRow([line]).commit();
    sheet.addRow([]).commit();
    const header = sheet.addRow(['STT', ...source.columns.map((c) => c.label)]);
    header.font = bold;
    header.alignment = { wrapText: true, vertical: 'middle' };
    header.commit();
    const formats = source.columns.map((c) =>
      c.kind === 'datetime'
        ? 'hh:mm dd/mm/yyyy'
        : c.kind === 'percent'
          ? '0.0%'
          : c.kind === 'number'
            ? '#,##0'
            : undefined,
    );
    let n = 0;
    for await (const batch of source.batches) {
      for (const r of batch) {
        n += 1;
        const row = sheet.addRow([n, ...source.columns.map((c) => excelValue(c, r.cells[c.key] ?? null))]);
        formats.forEach((format, i) => {
          if (format) row.getCell(i + 2).numFmt = format;
        });
        row.commit();
      }
      await progress(job.id, { processed: n });
      // Let the writer flush and other requests run: the stream only keeps memory flat if the loop yields.
      await yieldToEventLoop();
    }
    if (source.totals) {
      const totals = source.totals;
      const row = sheet.addRow(['', ...source.columns.map((c) => excelValue(c, totals[c.key] ?? null))]);
      row.font = bold;
      formats.forEach((format, i) => {
        if (format) row.getCell(i + 2).numFmt = format;
      });
      row.commit();
    }
    sheet.commit();
    await book.commit();
    return n;
  }

  async function writePdf(
    job: JobRow,
    source: Awaited<ReturnType<StatisticsService['tableSource']>>,
    path: string,
  ) {
    const rows: string[][] = [];
    for await (const batch of source.batches) {
      for (const r of batch)
        rows.push([
          String(rows.length + 1),
          ...source.columns.map((c) => printedValue(c, r.cells[c.key] ?? null)),
        ]);
      await progress(job.id, { processed: rows.length });
    }
    if (source.totals) {
      const totals = source.totals;
      rows.push(['', ...source.columns.map((c) => printedValue(c, totals[c.key] ?? null))]);
    }
    const doc = createPdf(source.title, 'landscape');
    heading(doc, source.unitName, '……/BC', `Ngày ${formatVnDate(source.today)}`);
    pdfTitle(doc, source.title.toUpperCase());
    for (const line of source.subtitle) doc.text(line);
    table(
      doc,
      [26, ...source.columns.map(() => '*' as const)],
      ['STT', ...source.columns.map((c) => c.label)],
      rows,
    );
    await writeFile(path, await render(doc));
    return rows.length - (source.totals ? 1 : 0);
  }

  async function run(id: string) {
    if (active.has(id)) return;
    active.add(id);
    try {
      const [job] = await db
        .update(exportJobs)
        .set({ status: 'running', updatedAt: new Date() })
        .where(and(eq(exportJobs.id, id), eq(exportJobs.status, 'queued')))
        .returning();
      if (!job) return;
      try {
        const officer = await officerOf(job.ownerId);
        if (!officer) throw notFound('Tài khoản không còn hoạt động');
        const source = await statistics.tableSource(officer, job.request, BATCH_ROWS);
        await progress(id, { total: source.total });
        const target = await files.reserve(job.format);
        const processed =
          job.format === 'xlsx'
            ? await writeXlsx(job, source, target.path)
            : await writePdf(job, source, target.path);
        const { size } = await stat(target.path);
        await progress(id, {
          status: 'done',
          processed,
          storageKey: target.storageKey,
          fileName: exportFileName(job.title, job.format, source.today),
          size,
          finishedAt: new Date(),
        });
      } catch (error) {
        // What the officer sees is the rule that stopped it, never an internal message.
        const message =
          error instanceof AppError
            ? (error.detail ?? error.title)
            : 'Không xuất được báo cáo, vui lòng thử lại';
        if (!(error instanceof AppError)) log.error({ err: error, jobId: id }, 'export failed');
        await progress(id, { status: 'failed', error: message, finishedAt: new Date() });
      }
    } finally {
      active.delete(id);
    }
  }

  function schedule(id: string) {
    setImmediate(() => void run(id));
  }

  return {
    async create(officer: Officer, actor: Actor, request: ExportRequest): Promise<ExportJob> {
      // Checked now, so that a request the officer may not make is refused at once rather than failing later.
      const probe = await statistics.tableSource(officer, request, 1);
      if (request.format === 'pdf' && probe.total > PDF_EXPORT_MAX_ROWS) {
        throw invalid(
          'format',
          `Báo cáo có ${probe.total.toLocaleString('vi-VN')} dòng: xuất PDF tối đa ${PDF_EXPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng, hãy xuất Excel`,
        );
      }
      const job = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(exportJobs)
          .values({
            ownerId: officer.id,
            title: titleOf(request),
            format: request.format,
            request,
            total: probe.total,
          })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await recordAudit(tx, actor, {
          action: 'statistics.export',
          entityType: 'export_job',
          entityId: row.id,
          details: { source: request.source.kind, format: request.format, rows: probe.total },
        });
        return row;
      });
      schedule(job.id);
      return jobView(job);
    },

    async list(officer: Officer): Promise<ExportJob[]> {
      requireScope(officer, 'statistics.read');
      const rows = await db
        .select()
        .from(exportJobs)
        .where(eq(exportJobs.ownerId, officer.id))
        .orderBy(desc(exportJobs.createdAt))
        .limit(20);
      return rows.map(jobView);
    },

    async get(officer: Officer, id: string): Promise<ExportJob> {
      return jobView(await ownJob(officer, id));
    },

    async file(officer: Officer, id: string) {
      const job = await ownJob(officer, id);
      if (job.status !== 'done' || !job.storageKey || !job.fileName) {
        throw new AppError(409, 'conflict', 'Tệp chưa sẵn sàng', 'Báo cáo đang được xuất, vui lòng chờ');
      }
      return {
        name: job.fileName,
        mime: job.format === 'xlsx' ? XLSX_MIME : 'application/pdf',
        size: job.size,
        stream: files.readStream(job.storageKey),
      };
    },

    /** At start: jobs cut off by a restart run again, and queued ones start. */
    async resume() {
      await db
        .update(exportJobs)
        .set({ status: 'queued', processed: 0 })
        .where(
          and(eq(exportJobs.status, 'running'), lt(exportJobs.updatedAt, new Date(Date.now() - STALE_MS))),
        );
      const queued = await db
        .select({ id: exportJobs.id })
        .from(exportJobs)
        .where(inArray(exportJobs.status, ['queued']))
        .orderBy(sql`${exportJobs.createdAt}`);
      for (const job of queued) schedule(job.id);
    },

    /** Waits until no export runs (tests and shutdown). */
    async idle() {
      while (active.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };

  async function ownJob(officer: Officer, id: string): Promise<JobRow> {
    requireScope(officer, 'statistics.read');
    const [job] = await db
      .select()
      .from(exportJobs)
      .where(and(eq(exportJobs.id, id), eq(exportJobs.ownerId, officer.id)));
    if (!job) throw notFound('Không tìm thấy tệp xuất');
    return job;
  }
}
