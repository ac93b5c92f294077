import {
  addDays,
  RECEIVING_UNIT_LEVELS,
  type AdminProcedureListQuerySchema,
  type ProcedureContent,
  type ProcedureListQuerySchema,
} from '@motcua/shared';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/client';
import { recordAudit, type Actor } from '../../lib/audit';
import { AppError, conflict, invalid, notFound, versionConflict } from '../../lib/errors';
import { TEMPLATE_TYPES, type FileStore } from '../../lib/files';
import { todayInVietnam } from '../../lib/time';
import { requireScope, type Officer } from '../../plugins/auth';
import { finderTerms } from './procedures.finder';
import { createProceduresRepository, indexedColumns, toProcedure } from './procedures.repository';
import { validateAll, type RowError } from './procedures.transfer';
import { pageOf } from '../../lib/paging';

function importError(errors: RowError[]) {
  return new AppError(
    400,
    'validation_failed',
    'Tệp nhập có dòng không hợp lệ',
    'Không dòng nào được nhập. Sửa các dòng lỗi rồi nhập lại.',
    {
      errors: errors.map((e) => ({
        field: [e.sheet, `dòng ${e.row}`, e.field].filter(Boolean).join(' › '),
        message: e.message,
      })),
      rowErrors: errors,
    },
  );
}

type PublicQuery = z.output<typeof ProcedureListQuerySchema>;
type AdminQuery = z.output<typeof AdminProcedureListQuerySchema>;

export function createProceduresService(db: Database, files?: FileStore) {
  const repo = createProceduresRepository(db);

  function page(result: { rows: Parameters<typeof toProcedure>[0][]; total: number }, query: PublicQuery) {
    return pageOf(result.rows.map(toProcedure), result.total, query);
  }

  async function getVersion(id: string, executor: Executor = db) {
    const row = await repo.findVersion(id, executor);
    if (!row) throw notFound('Không tìm thấy phiên bản thủ tục');
    return row;
  }

  /** Creates the draft that the next publication will apply, for a new or an existing code. */
  async function saveDraft(tx: Executor, actor: Actor, content: ProcedureContent) {
    const procedure =
      (await repo.findProcedure(content.code, tx)) ?? (await repo.insertProcedure(tx, content.code));
    const existing = (await repo.versionsOf(content.code, tx)).find((v) => v.status === 'draft');
    if (existing) {
      const row = await repo.updateVersion(
        tx,
        existing.id,
        existing.version,
        'draft',
        indexedColumns(content),
      );
      if (!row) throw versionConflict();
      return { row, created: false };
    }
    const row = await repo.insertVersion(tx, {
      procedureId: procedure.id,
      versionNo: await repo.nextVersionNo(tx, procedure.id),
      ...indexedColumns(content),
    });
    await recordAudit(tx, actor, {
      action: 'procedure.draft',
      entityType: 'procedure',
      entityId: content.code,
      details: { versionNo: row.versionNo },
    });
    return { row, created: true };
  }

  async function publish(tx: Executor, actor: Actor, id: string, version: number, effectiveFrom: string) {
    const draft = await getVersion(id, tx);
    if (draft.status !== 'draft') throw conflict('Chỉ bản nháp mới được công bố');
    if (effectiveFrom < todayInVietnam()) {
      throw invalid('body.effectiveFrom', 'Ngày áp dụng không được trước hôm nay');
    }
    const previous = await repo.latestPublished(tx, draft.procedureId);
    if (previous?.effectiveFrom && previous.effectiveFrom >= effectiveFrom) {
      throw invalid('body.effectiveFrom', 'Ngày áp dụng phải sau ngày áp dụng của phiên bản đang công bố');
    }
    await repo.endPublished(tx, draft.procedureId, addDays(effectiveFrom, -1), 'published');
    const row = await repo.updateVersion(tx, id, version, 'draft', { status: 'published', effectiveFrom });
    if (!row) throw versionConflict();
    await recordAudit(tx, actor, {
      action: 'procedure.publish',
      entityType: 'procedure',
      entityId: row.code,
      details: { versionNo: row.versionNo, effectiveFrom },
    });
    return row;
  }

  return {
    saveDraft,
    publish,

    async publicList(query: PublicQuery) {
      return page(await repo.list(query, { inForceOn: todayInVietnam() }), query);
    },

    async fields() {
      return { items: await repo.fields(todayInVietnam()) };
    },

    /** Suggestions for a situation told in the citizen's words, with the papers each case needs. */
    async finder(situation: string) {
      const rows = await repo.suggest(finderTerms(situation), todayInVietnam(), 8);
      return {
        items: rows.map(({ row }) => ({
          code: row.content.code,
          name: row.content.name,
          field: row.content.field,
          onlineLevel: row.content.onlineLevel,
          cases: row.content.cases.map((c) => ({
            name: c.name,
            components: c.components.map((k) => ({ name: k.name, required: k.required })),
          })),
        })),
      };
    },

    /** The agencies that receive dossiers of a procedure in force: of its levels, with a receiving officer. */
    async receivingUnits(code: string, q: string | undefined) {
      const today = todayInVietnam();
      const row = await repo.findInForce(code, today);
      if (!row) throw notFound('Không tìm thấy thủ tục');
      const levels = [...new Set(row.content.levels.flatMap((level) => RECEIVING_UNIT_LEVELS[level]))];
      return { items: await repo.receivingUnits(levels, q, today) };
    },

    async uploadTemplate(
      officer: Officer,
      actor: Actor,
      receive: () => Promise<{ bytes: Buffer; filename: string }>,
    ) {
      requireScope(officer, 'procedures.manage');
      if (!files) throw new Error('no file store configured');
      const { bytes, filename } = await receive();
      const stored = await files.save(bytes, filename, TEMPLATE_TYPES);
      const row = await repo.addTemplate({ ...stored, uploadedBy: officer.id });
      await recordAudit(db, actor, {
        action: 'procedure.template_upload',
        entityType: 'procedure_template',
        entityId: row.id,
      });
      return { id: row.id, name: row.name, mime: row.mime, size: row.size };
    },

    async template(id: string) {
      if (!files) throw new Error('no file store configured');
      const row = await repo.findTemplate(id);
      if (!row) throw notFound('Không tìm thấy biểu mẫu');
      return { file: row, bytes: await files.read(row.storageKey) };
    },

    async publicGet(code: string) {
      const row = await repo.findInForce(code, todayInVietnam());
      if (!row) throw notFound('Không tìm thấy thủ tục');
      return toProcedure(row);
    },

    async adminList(officer: Officer, query: AdminQuery) {
      requireScope(officer, 'procedures.manage');
      return page(await repo.list(query, { status: query.status }), query);
    },

    async versions(officer: Officer, code: string) {
      requireScope(officer, 'procedures.manage');
      const rows = await repo.versionsOf(code);
      if (rows.length === 0) throw notFound('Không tìm thấy thủ tục');
      return { items: rows.map(toProcedure) };
    },

    async getVersion(officer: Officer, id: string) {
      requireScope(officer, 'procedures.manage');
      return toProcedure(await getVersion(id));
    },

    async createDraft(officer: Officer, actor: Actor, content: ProcedureContent) {
      requireScope(officer, 'procedures.manage');
      return db.transaction(async (tx) => {
        if ((await repo.versionsOf(content.code, tx)).some((v) => v.status === 'draft')) {
          throw conflict('Thủ tục này đã có bản nháp: sửa bản nháp đó', [
            { field: 'body.code', message: 'Đã có bản nháp' },
          ]);
        }
        return toProcedure((await saveDraft(tx, actor, content)).row);
      });
    },

    /** A new draft copied from the version in force, to amend it. */
    async draftFromCurrent(officer: Officer, actor: Actor, code: string) {
      requireScope(officer, 'procedures.manage');
      return db.transaction(async (tx) => {
        const versions = await repo.versionsOf(code, tx);
        const source = versions.find((v) => v.status === 'published') ?? versions[0];
        if (!source) throw notFound('Không tìm thấy thủ tục');
        if (versions.some((v) => v.status === 'draft')) throw conflict('Thủ tục này đã có bản nháp');
        return toProcedure((await saveDraft(tx, actor, source.content)).row);
      });
    },

    async updateDraft(
      officer: Officer,
      actor: Actor,
      id: string,
      version: number,
      content: ProcedureContent,
    ) {
      requireScope(officer, 'procedures.manage');
      return db.transaction(async (tx) => {
        const current = await getVersion(id, tx);
        if (current.status !== 'draft')
          throw conflict('Chỉ sửa được bản nháp; tạo bản nháp mới để sửa thủ tục đang áp dụng');
        if (content.code !== current.code)
          throw invalid('body.content.code', 'Không đổi được mã thủ tục của bản nháp');
        const row = await repo.updateVersion(tx, id, version, 'draft', indexedColumns(content));
        if (!row) throw versionConflict();
        await recordAudit(tx, actor, {
          action: 'procedure.update_draft',
          entityType: 'procedure',
          entityId: row.code,
          details: { versionNo: row.versionNo },
        });
        return toProcedure(row);
      });
    },

    async publishDraft(officer: Officer, actor: Actor, id: string, version: number, effectiveFrom: string) {
      requireScope(officer, 'procedures.manage');
      return toProcedure(await db.transaction((tx) => publish(tx, actor, id, version, effectiveFrom)));
    },

    /** All-or-nothing: every row is validated first; one bad row and nothing is written. */
    async importAll(
      officer: Officer,
      actor: Actor,
      items: { row: number; input: unknown }[],
      sheet: string | null,
      options: { publish: boolean; effectiveFrom: string },
      earlierErrors: RowError[] = [],
    ) {
      requireScope(officer, 'procedures.manage');
      const { parsed, errors } = validateAll(items, sheet, earlierErrors);
      if (errors.length > 0) throw importError(errors);
      const result = { created: 0, updated: 0, published: 0 };
      await db.transaction(async (tx) => {
        for (const [index, content] of parsed.entries()) {
          try {
            const { row, created } = await saveDraft(tx, actor, content);
            result[created ? 'created' : 'updated']++;
            if (options.publish) {
              await publish(tx, actor, row.id, row.version, options.effectiveFrom);
              result.published++;
            }
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            throw importError([
              {
                sheet,
                row: items[index]?.row ?? index + 1,
                field: 'code',
                message: error.detail ?? error.title,
              },
            ]);
          }
        }
        await recordAudit(tx, actor, {
          action: 'procedure.import',
          entityType: 'procedure',
          details: result,
        });
      });
      return result;
    },

    /** The versions in force today, or the drafts, as procedure contents. */
    async exportAll(officer: Officer, status: 'draft' | undefined): Promise<ProcedureContent[]> {
      requireScope(officer, 'procedures.manage');
      const rows = await repo.all(status ? { status } : { inForceOn: todayInVietnam() });
      return rows.map((r) => r.content);
    },

    async retire(officer: Officer, actor: Actor, code: string, effectiveTo: string) {
      requireScope(officer, 'procedures.manage');
      return db.transaction(async (tx) => {
        const procedure = await repo.findProcedure(code, tx);
        if (!procedure) throw notFound('Không tìm thấy thủ tục');
        const latest = await repo.latestPublished(tx, procedure.id);
        if (!latest?.effectiveFrom || latest.effectiveTo !== null)
          throw conflict('Thủ tục không có phiên bản đang áp dụng');
        if (effectiveTo < latest.effectiveFrom) {
          throw invalid('body.effectiveTo', 'Ngày kết thúc phải sau ngày bắt đầu áp dụng');
        }
        await repo.endPublished(tx, procedure.id, effectiveTo, 'retired');
        await recordAudit(tx, actor, {
          action: 'procedure.retire',
          entityType: 'procedure',
          entityId: code,
          details: { effectiveTo },
        });
        return { items: (await repo.versionsOf(code, tx)).map(toProcedure) };
      });
    },
  };
}

export type ProceduresService = ReturnType<typeof createProceduresService>;
