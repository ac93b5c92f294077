import {
  type CitizenDocument,
  DRAFT_FILE_LIMITS,
  type Draft,
  type DraftData,
  DraftDataSchema,
  type DraftFile,
  type FieldError,
  OnlineSubmissionSchema,
  type PersonDraft,
  RECEIVING_UNIT_LEVELS,
  RESULT_METHOD_LABELS,
  toVnIso,
} from '@motcua/shared';
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client';
import { citizens, units } from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import { AppError, conflict, invalid, notFound, versionConflict } from '../../lib/errors';
import type { FileStore } from '../../lib/files';
import { todayInVietnam } from '../../lib/time';
import { createDossiersRepository } from '../dossiers/dossiers.repository';
import type { createDossiersService } from '../dossiers/dossiers.service';
import { createProceduresRepository } from '../procedures/procedures.repository';
import { createSubmissionRepository, type DraftFileRow, type DraftRow } from './submission.repository';

type Deps = { db: Database; files: FileStore; dossiers: ReturnType<typeof createDossiersService> };

const MAX_OPEN_DRAFTS = 20;

function toDraftFile(row: DraftFileRow): DraftFile {
  return {
    id: row.id,
    componentIndex: row.componentIndex,
    name: row.name,
    mime: row.mime,
    size: row.size,
    reused: row.reusedFromFileId !== null,
    createdAt: toVnIso(row.createdAt),
  };
}

/** What was typed, with blanks as "not given", for the submission rules. */
function person(draft: PersonDraft) {
  return {
    ...draft,
    dateOfBirth: draft.dateOfBirth || null,
    phone: draft.phone || null,
    email: draft.email || null,
  };
}

export function createSubmissionService({ db, files, dossiers }: Deps) {
  const repo = createSubmissionRepository(db);
  const dossierRepo = createDossiersRepository(db);
  const procedures = createProceduresRepository(db);

  async function view(row: DraftRow, executor: Executor = db): Promise<Draft> {
    return {
      id: row.id,
      procedureCode: row.procedureCode,
      procedureName: row.procedureName,
      data: row.data,
      files: (await repo.files(row.id, executor)).map(toDraftFile),
      version: row.version,
      createdAt: toVnIso(row.createdAt),
      updatedAt: toVnIso(row.updatedAt),
    };
  }

  /** A draft still being filled in; a submitted one is the dossier it became. */
  async function openDraft(citizenId: string, id: string, executor: Executor = db) {
    const row = await repo.find(citizenId, id, executor);
    if (!row) throw notFound('Không tìm thấy bản nháp');
    if (row.dossierId) throw conflict('Bản nháp này đã được nộp thành hồ sơ');
    return row;
  }

  async function procedureOnline(code: string, executor: Executor = db) {
    const version = await procedures.findInForce(code, todayInVietnam(), executor);
    if (!version) throw invalid('body.procedureCode', 'Thủ tục không tồn tại hoặc không còn áp dụng');
    if (version.content.onlineLevel === 'none') {
      throw invalid('body.procedureCode', 'Thủ tục này không nộp trực tuyến');
    }
    return version.content;
  }

  /** Every reason the draft cannot be submitted yet, by field of the draft (`files.<i>` for a component). */
  async function check(tx: Executor, row: DraftRow, uploaded: DraftFileRow[]) {
    const content = await procedureOnline(row.procedureCode, tx);
    const data = row.data;
    const errors: FieldError[] = [];
    const chosenCase = content.cases[data.caseIndex];
    if (content.cases.length > 0 && !chosenCase) {
      errors.push({ field: 'caseIndex', message: 'Chọn trường hợp của hồ sơ' });
    }
    const components = chosenCase?.components ?? [];
    const provided = components.map((_, index) => uploaded.some((f) => f.componentIndex === index));
    components.forEach((component, index) => {
      if (component.required && !provided[index]) {
        errors.push({ field: `files.${index}`, message: 'Cần tải lên hoặc chọn giấy tờ này' });
      }
    });
    if (data.receivingUnitId === null) {
      errors.push({ field: 'receivingUnitId', message: 'Chọn cơ quan tiếp nhận hồ sơ' });
    } else {
      const [unit] = await tx.select().from(units).where(eq(units.id, data.receivingUnitId));
      const levels = content.levels.flatMap((level) => RECEIVING_UNIT_LEVELS[level]);
      if (!unit || !levels.includes(unit.level)) {
        errors.push({ field: 'receivingUnitId', message: 'Cơ quan này không tiếp nhận thủ tục đã chọn' });
      }
    }
    if (data.resultMethod === 'post' && !data.deliveryAddress?.trim()) {
      errors.push({ field: 'deliveryAddress', message: 'Nhập địa chỉ nhận kết quả qua bưu chính' });
    }
    const parsed = OnlineSubmissionSchema.safeParse({
      procedureCode: row.procedureCode,
      caseIndex: data.caseIndex,
      receivingUnitId: data.receivingUnitId ?? undefined,
      applicant: person(data.applicant),
      authorisedPerson: data.authorisedPerson ? person(data.authorisedPerson) : null,
      components: provided.map((given, index) => ({ index, provided: given, form: 'electronic' })),
      resultMethod: data.resultMethod,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        if (field !== 'receivingUnitId') errors.push({ field, message: issue.message });
      }
    }
    if (!parsed.success || errors.length > 0) {
      throw new AppError(
        400,
        'validation_failed',
        'Hồ sơ chưa đủ để nộp',
        'Kiểm tra lại các mục được đánh dấu.',
        { errors },
      );
    }
    return parsed.data;
  }

  return {
    async list(citizenId: string) {
      const rows = await repo.open(citizenId);
      return {
        items: rows.map((r) => ({
          id: r.id,
          procedureCode: r.procedureCode,
          procedureName: r.procedureName,
          updatedAt: toVnIso(r.updatedAt),
        })),
      };
    },

    /** Starts a draft of a procedure offered online, the applicant pre-filled from the account. */
    async create(citizenId: string, actor: Actor, procedureCode: string) {
      const content = await procedureOnline(procedureCode);
      return db.transaction(async (tx) => {
        if ((await repo.countOpen(citizenId, tx)) >= MAX_OPEN_DRAFTS) {
          throw conflict(`Tối đa ${MAX_OPEN_DRAFTS} hồ sơ đang soạn; hãy nộp hoặc xóa bớt`);
        }
        const [citizen] = await tx.select().from(citizens).where(eq(citizens.id, citizenId));
        if (!citizen) throw notFound();
        const data: DraftData = DraftDataSchema.parse({
          applicant: {
            fullName: citizen.fullName,
            identificationNumber: citizen.identificationNumber,
            dateOfBirth: citizen.dateOfBirth,
            address: citizen.address ?? '',
            phone: citizen.phone,
            email: citizen.email,
          },
        });
        const row = await repo.insert(tx, {
          citizenId,
          procedureCode: content.code,
          procedureName: content.name,
          data,
        });
        await recordAudit(tx, actor, { action: 'draft.create', entityType: 'draft', entityId: row.id });
        return view(row, tx);
      });
    },

    async get(citizenId: string, id: string) {
      return view(await openDraft(citizenId, id));
    },

    async update(citizenId: string, id: string, data: DraftData, version: number) {
      return db.transaction(async (tx) => {
        await openDraft(citizenId, id, tx);
        const row = await repo.update(tx, id, version, { data });
        if (!row) throw versionConflict();
        return view(row, tx);
      });
    },

    async remove(citizenId: string, actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        await openDraft(citizenId, id, tx);
        await repo.remove(tx, id);
        await recordAudit(tx, actor, { action: 'draft.delete', entityType: 'draft', entityId: id });
      });
    },

    /** A scan of one component, checked by its bytes; read only once the draft is known to take it. */
    async upload(
      citizenId: string,
      id: string,
      componentIndex: number,
      receive: () => Promise<{ bytes: Buffer; filename: string }>,
    ) {
      const row = await openDraft(citizenId, id);
      await assertRoom(row.id, componentIndex);
      const { bytes, filename } = await receive();
      const stored = await files.save(bytes, filename);
      const file = await repo.addFile(db, { draftId: row.id, componentIndex, ...stored });
      return toDraftFile(file);
    },

    /** One of the citizen's documents attached again, without uploading it: the reuse is kept on the dossier. */
    async reuse(citizenId: string, id: string, componentIndex: number, documentId: string) {
      const row = await openDraft(citizenId, id);
      await assertRoom(row.id, componentIndex);
      const document = (await repo.documents(citizenId)).find(
        (d) => d.file.id === documentId && (d.file.kind !== 'result' || d.state === 'returned'),
      );
      if (!document) throw invalid('body.documentId', 'Không tìm thấy giấy tờ trong kho của bạn');
      const { name, mime, size, sha256, storageKey } = document.file;
      const file = await repo.addFile(db, {
        draftId: row.id,
        componentIndex,
        name,
        mime,
        size,
        sha256,
        storageKey,
        reusedFromFileId: document.file.id,
      });
      return toDraftFile(file);
    },

    async removeFile(citizenId: string, id: string, fileId: string) {
      const row = await openDraft(citizenId, id);
      if (!(await repo.removeFile(db, row.id, fileId))) throw notFound('Không tìm thấy tệp');
    },

    /**
     * Turns the draft into a dossier in one transaction: checked whole, numbered, its files attached. The draft is
     * locked while it is submitted and keeps the dossier it became, so a repeated submit answers with that dossier.
     */
    async submit(citizenId: string, actor: Actor, id: string, version: number) {
      return db.transaction(async (tx) => {
        const row = await repo.find(citizenId, id, tx, true);
        if (!row) throw notFound('Không tìm thấy bản nháp');
        if (row.dossierId) {
          const existing = await dossierRepo.find(row.dossierId, tx);
          if (!existing) throw notFound();
          return { created: false, dossier: await dossiers.citizenView(existing, tx) };
        }
        if (row.version !== version) throw versionConflict();
        const uploaded = await repo.files(row.id, tx);
        const input = await check(tx, row, uploaded);
        const { resultMethod, deliveryAddress } = row.data;
        const dossier = await dossiers.fileOnline(tx, citizenId, actor, {
          ...input,
          note:
            resultMethod === 'post' ? `${RESULT_METHOD_LABELS.post}: ${deliveryAddress?.trim() ?? ''}` : null,
        });
        for (const file of uploaded.filter((f) => f.componentIndex < dossier.components.length)) {
          await dossierRepo.addFile(tx, {
            dossierId: dossier.id,
            kind: 'component',
            componentIndex: file.componentIndex,
            name: file.name,
            mime: file.mime,
            size: file.size,
            sha256: file.sha256,
            storageKey: file.storageKey,
            uploadedBy: citizenId,
            reusedFromFileId: file.reusedFromFileId,
          });
        }
        await repo.update(tx, row.id, row.version, { dossierId: dossier.id });
        return { created: true, dossier: await dossiers.citizenView(dossier, tx) };
      });
    },

    /** The citizen's documents: digitised papers of their dossiers and the results returned to them. */
    async documents(citizenId: string): Promise<{ items: CitizenDocument[] }> {
      const rows = await repo.documents(citizenId);
      return {
        items: rows
          .filter((r) => r.file.kind !== 'result' || r.state === 'returned')
          .map((r) => ({
            id: r.file.id,
            kind: r.file.kind,
            name: r.file.name,
            label:
              r.file.kind === 'result'
                ? `Kết quả: ${r.procedureName}`
                : (r.components[r.file.componentIndex ?? -1]?.name ?? 'Giấy tờ bổ sung'),
            mime: r.file.mime,
            size: r.file.size,
            signed: r.file.signature !== null,
            dossierId: r.dossierId,
            dossierCode: r.code,
            procedureName: r.procedureName,
            createdAt: toVnIso(r.file.createdAt),
          })),
      };
    },
  };

  async function assertRoom(draftId: string, componentIndex: number) {
    const present = await repo.files(draftId);
    if (present.length >= DRAFT_FILE_LIMITS.total) {
      throw conflict(`Mỗi hồ sơ tối đa ${DRAFT_FILE_LIMITS.total} tệp`);
    }
    if (present.filter((f) => f.componentIndex === componentIndex).length >= DRAFT_FILE_LIMITS.perComponent) {
      throw conflict(`Mỗi giấy tờ tối đa ${DRAFT_FILE_LIMITS.perComponent} tệp`);
    }
  }
}
