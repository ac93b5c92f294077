import {
  computeDueDate,
  deadlineState,
  FEEDBACK_ACTION_LABELS,
  FEEDBACK_DEADLINE_DAYS,
  FEEDBACK_STATUS_LABELS,
  feedbackActions,
  foldVietnamese,
  hasPermission,
  toVnIso,
  vnDate,
  addDays,
  type FeedbackAction,
  type FeedbackActionSchema,
  type FeedbackDeadline,
  type FeedbackParty,
  type FeedbackQuerySchema,
  type FeedbackStatisticsQuery,
  type FeedbackStatus,
  type Role,
  type WorkCalendar,
} from '@motcua/shared';
import { eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/client';
import { units, type feedback, type feedbackFiles } from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import { AppError, conflict, invalid, notFound, versionConflict } from '../../lib/errors';
import { TEMPLATE_TYPES, type FileStore } from '../../lib/files';
import { likeEscape } from '../../lib/sql';
import { unitsInReach, type Officer } from '../../plugins/auth';
import { loadCalendar } from '../calendar/calendar.service';
import { notifyOfficers } from '../notifications/notifications.outbox';
import {
  AGENCY_ROLES,
  createFeedbackRepository,
  HANDLER_ROLES,
  type FeedbackRow,
  type UnitSet,
} from './feedback.repository';
import { tellSender } from './feedback.news';
import { feedbackStatistics } from './feedback.reports';
import { pageOf } from '../../lib/paging';

const APPROVER_ROLES: Role[] = ['division_head', 'unit_leader'];

/** The answer document: PDF or Word. */
const ANSWER_TYPES = new Map([...TEMPLATE_TYPES].filter(([, ext]) => ext !== 'xlsx'));

type Row = FeedbackRow['feedback'];

/** The end of `days` working days counted from the working day after `from`. */
export function dueAfter(calendar: WorkCalendar, from: Date, days: number): Date {
  const { dueAt } = computeDueDate({ receivedAt: from, amount: days, unit: 'working_days', calendar });
  if (!dueAt) throw new Error('a working-day deadline without pauses always has a date');
  return dueAt;
}

export async function feedbackCalendar(db: Executor, from: Date) {
  return loadCalendar(db, addDays(vnDate(from), -1), addDays(vnDate(from), 120));
}

/** The clock of an agency that has just received the feedback (submission or transfer). */
export function startClock(calendar: WorkCalendar, at: Date) {
  return {
    receivedAt: at,
    refuseDueAt: dueAfter(calendar, at, FEEDBACK_DEADLINE_DAYS.refuse),
    infoDueAt: dueAfter(calendar, at, FEEDBACK_DEADLINE_DAYS.info),
    handleDueAt: dueAfter(calendar, at, FEEDBACK_DEADLINE_DAYS.handle),
  };
}

/**
 * The deadlines that matter now. Refusal and the first request for information are limits, not duties: once the
 * agency has moved on (or the window closed without a request) they drop out.
 */
export function deadlinesOf(row: Row, now = new Date()): FeedbackDeadline[] {
  const out: FeedbackDeadline[] = [];
  const push = (kind: FeedbackDeadline['kind'], dueAt: Date, doneAt: Date | null) =>
    out.push({
      kind,
      dueAt: toVnIso(dueAt),
      doneAt: doneAt ? toVnIso(doneAt) : null,
      state: deadlineState(dueAt, doneAt, now),
    });
  // Refusing and asking are only open while someone may still do them: not while the sender is being waited for,
  // nor once the answer is drafted.
  const askable = row.status === 'new' || row.status === 'supplemented' || row.status === 'processing';
  if (row.refusedAt) push('refuse', row.refuseDueAt, row.refusedAt);
  else if (!row.classifiedAt && row.status !== 'awaiting_info') push('refuse', row.refuseDueAt, null);
  if (row.firstInfoRequestAt) push('info', row.infoDueAt, row.firstInfoRequestAt);
  else if (askable && now <= row.infoDueAt) push('info', row.infoDueAt, null);
  if (!row.refusedAt) push('handle', row.handleDueAt, row.answeredAt);
  if (row.publishDueAt) push('publish', row.publishDueAt, row.publishedAt);
  return out;
}

/** The nearest deadline the unit must meet; asking for information is a limit, not a duty, so it never is. */
export function nextDeadline(row: Row, now = new Date()) {
  return (
    deadlinesOf(row, now)
      .filter((d) => d.doneAt === null && d.kind !== 'info')
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0] ?? null
  );
}

export function toSummary(row: FeedbackRow) {
  const f = row.feedback;
  return {
    id: f.id,
    code: f.code,
    category: f.category,
    title: f.title,
    status: f.status,
    receivingUnit: { id: f.receivingUnitId, name: row.receivingName },
    handlingUnit:
      f.handlingUnitId && row.handlingName ? { id: f.handlingUnitId, name: row.handlingName } : null,
    submittedAt: toVnIso(f.createdAt),
    nextDeadline: nextDeadline(f),
  };
}

function fileRef(file: typeof feedbackFiles.$inferSelect) {
  return { id: file.id, name: file.name, size: file.size, mime: file.mime };
}

/** The officer's units as a subquery, for the permission's reach. */
function unitSet(officer: Officer): UnitSet {
  return unitsInReach(officer, 'feedback.handle');
}

/** The parts the officer's own unit plays: officers act for their unit, leaders above only look. */
function partiesOf(officer: Officer, row: Row, coordinatorIds: string[]): FeedbackParty[] {
  const parties: FeedbackParty[] = [];
  if (row.receivingUnitId === officer.unitId) parties.push('receiving');
  if (row.handlingUnitId === officer.unitId) {
    parties.push('lead');
    if (hasPermission(officer.roles, 'feedback.approve')) parties.push('approver');
  }
  if (coordinatorIds.includes(officer.unitId)) parties.push('coordinating');
  return parties;
}

function actionsOf(officer: Officer, row: FeedbackRow, coordinatorIds: string[]): FeedbackAction[] {
  const actions = feedbackActions(row.feedback.status, partiesOf(officer, row.feedback, coordinatorIds));
  // The central office, at the root of the tree, has nowhere to return feedback to.
  const atRoot = row.receivingPath.split('/').filter(Boolean).length === 1;
  return atRoot ? actions.filter((a) => a !== 'return') : actions;
}

type ActionInput = z.output<typeof FeedbackActionSchema>;

export function createFeedbackService(db: Database, files: FileStore, publicUrl: string) {
  const repo = createFeedbackRepository(db);

  /** The root of the tree the unit belongs to: the central office that feedback is returned to. */
  async function rootOf(unitPath: string, executor: Executor) {
    const rootId = unitPath.split('/')[1] ?? '';
    const [root] = await executor.select().from(units).where(eq(units.id, rootId));
    return root;
  }

  async function visibleRow(officer: Officer, id: string, executor: Executor = db) {
    const scope = unitSet(officer);
    const row = await repo.find(id, executor);
    if (!row || !(await repo.isInvolved(id, scope, executor))) throw notFound('Không tìm thấy phản ánh');
    return row;
  }

  async function detail(officer: Officer, row: FeedbackRow, executor: Executor = db) {
    const f = row.feedback;
    const [events, fileRows, coordinators] = await Promise.all([
      repo.events(f.id, executor),
      repo.files(f.id, executor),
      repo.coordinators(f.id, executor),
    ]);
    const answerFile = fileRows.find((file) => file.id === f.answerFileId);
    return {
      ...toSummary(row),
      content: f.content,
      procedureCode: f.procedureCode,
      dossierCode: f.dossierCode,
      sender: {
        fullName: f.senderName,
        email: f.senderEmail,
        phone: f.senderPhone,
        address: f.senderAddress,
      },
      coordinatingUnits: coordinators.map((u) => ({ id: u.id, name: u.name })),
      files: fileRows
        .filter((file) => file.kind !== 'answer')
        .map((file) => ({
          ...fileRef(file),
          kind: file.kind as 'citizen' | 'supplement',
          createdAt: toVnIso(file.createdAt),
        })),
      infoRequest: f.infoRequest,
      refusalReason: f.refusalReason,
      answer: f.answer,
      answerDocument: answerFile ? fileRef(answerFile) : null,
      answeredByName: f.answeredByName,
      publishedAt: f.publishedAt ? toVnIso(f.publishedAt) : null,
      rating: f.rating,
      approvalRequired: row.approvalRequired,
      deadlines: deadlinesOf(f),
      events: events.map(({ event: e, unitName }) => ({
        id: e.id,
        event: e.event,
        at: toVnIso(e.createdAt),
        unitName,
        actorName: e.actorName,
        comment: e.comment,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
      })),
      actions: actionsOf(
        officer,
        row,
        coordinators.map((u) => u.id),
      ),
      version: f.version,
    };
  }

  function notAllowed(row: Row, action: FeedbackAction, allowed: FeedbackAction[]) {
    return new AppError(
      409,
      'conflict',
      'Thao tác không hợp lệ ở trạng thái hiện tại',
      `Phản ánh đang ở trạng thái "${FEEDBACK_STATUS_LABELS[row.status]}": không thể "${FEEDBACK_ACTION_LABELS[action]}".`,
      { state: row.status, allowedActions: allowed },
    );
  }

  async function targetsOf(row: FeedbackRow, executor: Executor = db) {
    const inside = sql`${units.path} like ${`${likeEscape(row.receivingPath)}%`}`;
    const [forward, transfer] = await Promise.all([
      repo.acceptingUnits(executor, HANDLER_ROLES, inside),
      repo.acceptingUnits(
        executor,
        AGENCY_ROLES,
        sql`not (${inside})`,
        ne(units.id, row.receivingPath.split('/')[1] ?? ''),
      ),
    ]);
    return {
      forward: forward.map(({ id, name }) => ({ id, name })),
      transfer: transfer.map(({ id, name }) => ({ id, name })),
    };
  }

  return {
    async queue(officer: Officer, query: z.output<typeof FeedbackQuerySchema>) {
      const { rows, total } = await repo.queue(unitSet(officer), query);
      return pageOf(rows.map(toSummary), total, query);
    },

    async get(officer: Officer, id: string) {
      return detail(officer, await visibleRow(officer, id));
    },

    async targets(officer: Officer, id: string) {
      const row = await visibleRow(officer, id);
      if (row.feedback.receivingUnitId !== officer.unitId) return { forward: [], transfer: [] };
      return targetsOf(row);
    },

    async file(officer: Officer, id: string, fileId: string) {
      await visibleRow(officer, id);
      const file = await repo.file(fileId);
      if (!file || file.feedbackId !== id) throw notFound('Không tìm thấy tệp');
      return { file, bytes: await files.read(file.storageKey) };
    },

    statistics(officer: Officer, query: FeedbackStatisticsQuery) {
      return feedbackStatistics(db, unitSet(officer), query);
    },

    async unitName(officer: Officer) {
      const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, officer.unitId));
      return unit?.name ?? '';
    },

    async uploadAnswerDocument(
      officer: Officer,
      actor: Actor,
      id: string,
      version: number,
      read: () => Promise<{ bytes: Buffer; filename: string }>,
    ) {
      const row = await visibleRow(officer, id);
      const coordinators = (await repo.coordinators(id)).map((u) => u.id);
      const allowed = actionsOf(officer, row, coordinators);
      if (!allowed.includes('save_answer')) throw notAllowed(row.feedback, 'save_answer', allowed);
      const upload = await read();
      const stored = await files.save(upload.bytes, upload.filename, ANSWER_TYPES);
      return db.transaction(async (tx) => {
        const file = await repo.stage(tx, { ...stored, feedbackId: id, kind: 'answer' });
        const updated = await repo.update(tx, id, version, { answerFileId: file.id });
        if (!updated) throw versionConflict();
        await recordAudit(tx, actor, {
          action: 'feedback.answer_document',
          entityType: 'feedback',
          entityId: id,
          unitId: officer.unitId,
        });
        const fresh = await repo.find(id, tx);
        if (!fresh) throw notFound();
        return detail(officer, fresh, tx);
      });
    },

    async act(officer: Officer, actor: Actor, id: string, input: ActionInput) {
      return db.transaction(async (tx) => {
        const current = await visibleRow(officer, id, tx);
        const f = current.feedback;
        const coordinatorIds = (await repo.coordinators(id, tx)).map((u) => u.id);
        const allowed = actionsOf(officer, current, coordinatorIds);
        if (!allowed.includes(input.action)) throw notAllowed(f, input.action, allowed);
        const now = new Date();
        let changes: Partial<typeof feedback.$inferInsert> = {};
        let comment = 'comment' in input ? input.comment : null;
        let toStatus: FeedbackStatus = f.status;
        let notifyUnit: { unitId: string; roles: Role[]; title: string } | undefined;
        let coordinatorsToSet: string[] | undefined;

        switch (input.action) {
          case 'forward': {
            const targets = await targetsOf(current, tx);
            const allowedIds = new Set(targets.forward.map((u) => u.id));
            if (!allowedIds.has(input.leadUnitId)) {
              throw invalid('body.leadUnitId', 'Chọn đơn vị chủ trì thuộc cơ quan mình');
            }
            const others = [...new Set(input.coordinatingUnitIds)].filter((u) => u !== input.leadUnitId);
            const stray = others.findIndex((u) => !allowedIds.has(u));
            if (stray >= 0) {
              throw invalid(`body.coordinatingUnitIds.${stray}`, 'Đơn vị phối hợp phải thuộc cơ quan mình');
            }
            toStatus = 'processing';
            changes = {
              handlingUnitId: input.leadUnitId,
              classifiedAt: f.classifiedAt ?? now,
              resumeStatus: null,
            };
            coordinatorsToSet = others;
            const lead = targets.forward.find((u) => u.id === input.leadUnitId);
            const coordinating = targets.forward.filter((u) => others.includes(u.id)).map((u) => u.name);
            comment = [
              `Đơn vị chủ trì: ${lead?.name ?? ''}`,
              coordinating.length ? `Đơn vị phối hợp: ${coordinating.join(', ')}` : null,
              input.comment,
            ]
              .filter(Boolean)
              .join('. ');
            if (input.leadUnitId !== officer.unitId) {
              notifyUnit = {
                unitId: input.leadUnitId,
                roles: HANDLER_ROLES,
                title: 'Phản ánh được giao xử lý',
              };
            }
            for (const unitId of others) {
              await notifyOfficers(
                tx,
                { unitId, roles: HANDLER_ROLES },
                {
                  kind: 'feedback_received',
                  subjectId: id,
                  title: 'Phản ánh cần ý kiến phối hợp',
                  body: `${f.code} — ${f.title}`,
                  link: `/admin/feedback/${id}`,
                },
              );
            }
            break;
          }
          case 'transfer':
          case 'return': {
            let target: { id: string; name: string } | undefined;
            if (input.action === 'transfer') {
              target = (await targetsOf(current, tx)).transfer.find((u) => u.id === input.unitId);
              if (!target) throw invalid('body.unitId', 'Chọn cơ quan tiếp nhận khác ngoài cơ quan mình');
            } else {
              const root = await rootOf(current.receivingPath, tx);
              if (!root || root.id === f.receivingUnitId) {
                throw conflict('Cơ quan đang giữ phản ánh là Văn phòng Chính phủ, không thể trả lại');
              }
              target = root;
            }
            const calendar = await feedbackCalendar(tx, now);
            toStatus = 'new';
            changes = {
              receivingUnitId: target.id,
              handlingUnitId: null,
              resumeStatus: null,
              infoRequest: null,
              classifiedAt: null,
              firstInfoRequestAt: null,
              answer: null,
              answerFileId: null,
              ...startClock(calendar, now),
            };
            coordinatorsToSet = [];
            comment = `Chuyển đến ${target.name}. ${input.comment}`;
            notifyUnit = { unitId: target.id, roles: HANDLER_ROLES, title: 'Phản ánh được chuyển đến' };
            break;
          }
          case 'refuse':
            toStatus = 'refused';
            changes = { refusedAt: now, classifiedAt: now, refusalReason: input.comment };
            break;
          case 'request_info':
            toStatus = 'awaiting_info';
            changes = {
              resumeStatus: f.status === 'processing' ? 'processing' : 'supplemented',
              infoRequest: input.comment,
              firstInfoRequestAt: f.firstInfoRequestAt ?? now,
            };
            break;
          case 'opinion':
            break;
          case 'save_answer':
            changes = { answer: input.answer };
            comment = null;
            break;
          case 'submit_answer': {
            changes = { answer: input.answer, answeredById: officer.id, answeredByName: officer.fullName };
            if (current.approvalRequired) {
              toStatus = 'awaiting_approval';
              notifyUnit = {
                unitId: officer.unitId,
                roles: APPROVER_ROLES,
                title: 'Dự thảo trả lời chờ duyệt',
              };
            } else {
              toStatus = 'answered';
              const calendar = await feedbackCalendar(tx, now);
              changes = {
                ...changes,
                answeredAt: now,
                publishDueAt: dueAfter(calendar, now, FEEDBACK_DEADLINE_DAYS.publish),
              };
            }
            break;
          }
          case 'approve': {
            toStatus = 'answered';
            const calendar = await feedbackCalendar(tx, now);
            changes = {
              answeredAt: now,
              publishDueAt: dueAfter(calendar, now, FEEDBACK_DEADLINE_DAYS.publish),
            };
            break;
          }
          case 'reject_answer':
            toStatus = 'processing';
            break;
          case 'publish':
            toStatus = 'published';
            changes = { publishedAt: now, searchText: searchTextOf(f) };
            break;
        }

        const updated = await repo.update(tx, id, input.version, { ...changes, status: toStatus });
        if (!updated) throw versionConflict();
        if (coordinatorsToSet) await repo.setCoordinators(tx, id, coordinatorsToSet);
        const event = await repo.addEvent(tx, {
          feedbackId: id,
          event: input.action,
          fromStatus: f.status,
          toStatus,
          unitId: officer.unitId,
          actorId: officer.id,
          actorName: officer.fullName,
          comment,
        });
        if (notifyUnit) {
          await notifyOfficers(
            tx,
            { unitId: notifyUnit.unitId, roles: notifyUnit.roles },
            {
              kind: notifyUnit.roles === APPROVER_ROLES ? 'feedback_approval' : 'feedback_received',
              subjectId: id,
              title: notifyUnit.title,
              body: `${f.code} — ${f.title}`,
              link: `/admin/feedback/${id}`,
            },
          );
        }
        await tellSender(tx, publicUrl, updated, event);
        await recordAudit(tx, actor, {
          action: `feedback.${input.action}`,
          entityType: 'feedback',
          entityId: id,
          unitId: officer.unitId,
          details: { from: f.status, to: toStatus },
        });
        const fresh = await repo.find(id, tx);
        if (!fresh) throw notFound();
        return detail(officer, fresh, tx);
      });
    },
  };
}

/** The folded words a feedback is found by: title, content and, once published, the answer. */
export function searchTextOf(f: { title: string; content: string; answer: string | null; code: string }) {
  return foldVietnamese([f.code, f.title, f.content, f.answer ?? ''].join(' '));
}
