import type { DossierActionSchema, RatingSchema } from '@motcua/shared';
import {
  ACTION_RULES,
  addDays,
  allowedActions,
  CLOSED_STATES,
  computeDueDate,
  DOSSIER_ACTION_LABELS,
  availableSlips,
  DOSSIER_STATE_LABELS,
  SLIP_TITLES,
  type SlipForm,
  FILE_UPLOAD_STATES,
  dayOffReason,
  isWorkingDay,
  maskName,
  onTimeResult,
  parseHhmm,
  PHASE_STATE,
  permissionScope,
  toVnIso,
  vnDate,
  vnInstant,
  officeHoursOf,
  type CitizenDossier,
  type CitizenAction,
  dossierEventLabel,
  citizenActions,
  PHASE_ROLE,
  type RatingReason,
  type CounterIntake,
  type OnlineSubmissionSchema,
  unitInForce,
  type DossierFile,
  type FileKind,
  type Dossier,
  type DossierAction,
  type DossierListQuerySchema,
  type DossierQueue,
  type DossierState,
  type DossierStep,
  type DossierSummary,
  type OfficeHours,
  type OnTimeResult,
  type WorkCalendar,
  workingDaysTaken,
} from '@motcua/shared';
import { and, eq, gte, lt, lte, notInArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/client';
import type { dossierFiles } from '../../db/schema';
import {
  citizens,
  dossierRatings,
  dossiers,
  payments,
  units,
  type PauseRecord,
  type PersonRecord,
} from '../../db/schema';
import { sha256, type FileStore } from '../../lib/files';
import type { Signer } from '../../lib/signing';
import { recordAudit, type Actor } from '../../lib/audit';
import { AppError, conflict, forbidden, invalid, notFound, versionConflict } from '../../lib/errors';
import { todayInVietnam } from '../../lib/time';
import { requireScope, type Officer } from '../../plugins/auth';
import { loadCalendar } from '../calendar/calendar.service';
import { createProceduresRepository } from '../procedures/procedures.repository';
import { followLink, notifyApplicant, notifyOfficers } from '../notifications/notifications.outbox';
import { limitInHours, resolveSteps } from '../workflows/workflows.resolve';
import {
  createDossiersRepository,
  involvesSubtree,
  involvesUnit,
  searchCondition,
  type Cursor,
  type DossierRow,
  type SummaryRow,
} from './dossiers.repository';
import { renderReceipt, renderRegister, renderSlip } from './dossiers.slips';

type ActionInput = z.output<typeof DossierActionSchema>;
type ListQuery = z.output<typeof DossierListQuerySchema>;

function iso(date: Date | null): string | null {
  return date ? toVnIso(date) : null;
}

function toSummary(row: SummaryRow): DossierSummary {
  return {
    id: row.id,
    code: row.code,
    procedureCode: row.procedureCode,
    procedureName: row.procedureName,
    applicantName: row.applicantName,
    channel: row.channel,
    state: row.state,
    receivingUnit: { id: row.receivingUnitId, name: row.receivingUnitName },
    currentUnit: { id: row.currentUnitId, name: row.currentUnitName },
    assignee: row.assigneeId && row.assigneeName ? { id: row.assigneeId, fullName: row.assigneeName } : null,
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    stepDueAt: iso(row.stepDueAt),
    finishedAt: iso(row.finishedAt),
    result: row.result,
    version: row.version,
  };
}

function pauses(row: Pick<DossierRow, 'pauses'>) {
  return row.pauses.map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null }));
}

/** Actions taken at the receiving unit's counter rather than where the dossier currently is. */
const AT_RECEIVING_UNIT: readonly DossierAction[] = ['accept', 'return_result', 'withdraw', 'record_payment'];

function actingUnits(
  action: DossierAction,
  row: Pick<DossierRow, 'receivingUnitId' | 'currentUnitId'>,
): string[] {
  if (AT_RECEIVING_UNIT.includes(action)) return [row.receivingUnitId];
  if (action === 'stop' || action === 'refuse') return [row.receivingUnitId, row.currentUnitId];
  return [row.currentUnitId];
}

/** The actions this officer may take on this dossier now: by state, by role, and at their own unit. */
function actionsFor(officer: Officer, row: DossierRow): DossierAction[] {
  return allowedActions(row.state, officer.roles).filter((action) => {
    if (!actingUnits(action, row).includes(officer.unitId)) return false;
    if (action === 'extend') return !row.extended;
    if (action === 'record_payment') return row.paidAt === null && (row.feeVnd ?? 0) > 0;
    if (action === 'submit_review') {
      // The assigned officer, or anyone of the unit on a step nobody was assigned to (a partner agency's step).
      return (
        row.assigneeId === null || row.assigneeId === officer.id || officer.roles.includes('division_head')
      );
    }
    return true;
  });
}

function notAllowed(row: DossierRow, officer: Officer, action: DossierAction): AppError {
  const allowed = actionsFor(officer, row);
  return new AppError(
    409,
    'conflict',
    'Thao tác không hợp lệ ở trạng thái hiện tại',
    `Hồ sơ đang ở trạng thái "${DOSSIER_STATE_LABELS[row.state]}": không thể "${DOSSIER_ACTION_LABELS[action]}".`,
    { state: row.state, allowedActions: allowed },
  );
}

type RatingOutput = z.output<typeof RatingSchema>;
type IntakeInput = Omit<CounterIntake, 'caseIndex'> & { caseIndex?: number };
type OnlineSubmission = z.output<typeof OnlineSubmissionSchema>;

function stepResultAt(now: Date, row: DossierRow): OnTimeResult | null {
  if (!row.stepDueAt) return null;
  return onTimeResult(now, row.stepDueAt, 0, vnDate);
}

type FileRow = typeof dossierFiles.$inferSelect;

function toFile(row: FileRow): DossierFile {
  return {
    id: row.id,
    kind: row.kind,
    componentIndex: row.componentIndex,
    name: row.name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    signed: row.signature !== null,
    signedByName: row.signedByName,
    signedAt: iso(row.signedAt),
    createdAt: toVnIso(row.createdAt),
  };
}

export type DossierDeps = {
  db: Database;
  files?: FileStore;
  signer?: Signer;
  /** Where citizens reach the portal, for the links in their messages. */
  publicUrl?: string;
};

/** Files a citizen may see of their dossier: what was submitted and supplied, and the result once returned. */
function citizenFiles(row: Pick<DossierRow, 'state'>, files: FileRow[]) {
  return files.filter((f) => f.kind !== 'result' || row.state === 'returned');
}

export function createDossiersService({ db, files, signer, publicUrl = '' }: DossierDeps) {
  const repo = createDossiersRepository(db);
  const procedures = createProceduresRepository(db);

  /** The appointment with pauses and extension; null while waiting for the applicant. */
  function dueOf(
    row: Pick<
      DossierRow,
      | 'receivedAt'
      | 'timeLimitAmount'
      | 'timeLimitUnit'
      | 'cutoffTime'
      | 'pauses'
      | 'extendedDueAt'
      | 'extensionReason'
    >,
    calendar: WorkCalendar,
    officeHours: OfficeHours,
  ) {
    if (!row.receivedAt) return { dueAt: null, explanation: [] };
    return computeDueDate({
      officeHours,
      receivedAt: row.receivedAt,
      amount: row.timeLimitAmount,
      unit: row.timeLimitUnit,
      calendar,
      cutoffMinutes: row.cutoffTime ? parseHhmm(row.cutoffTime) : null,
      pauses: pauses(row),
      extension: row.extendedDueAt ? { dueAt: row.extendedDueAt, reason: row.extensionReason ?? '' } : null,
    });
  }

  function stepDue(
    step: DossierStep | undefined,
    startedAt: Date,
    calendar: WorkCalendar,
    paused: PauseRecord[],
    officeHours: OfficeHours,
  ) {
    if (!step) return null;
    return computeDueDate({
      officeHours,
      receivedAt: startedAt,
      amount: step.allottedHours,
      unit: 'working_hours',
      calendar,
      pauses: pauses({ pauses: paused }),
    }).dueAt;
  }

  /** The state a supplemented dossier goes back to, with the clock resumed from the end of the pause. */
  function resumeChanges(row: DossierRow, now: Date, calendar: WorkCalendar, hours: OfficeHours) {
    const resumed = row.pauses.map((p) => (p.to === null ? { ...p, to: now.toISOString() } : p));
    const due = dueOf({ ...row, pauses: resumed }, calendar, hours);
    const step = row.steps[row.currentStep];
    return {
      state: row.resumeState ?? 'processing',
      resumeState: null,
      pauses: resumed,
      dueAt: due.dueAt,
      dueExplanation: due.explanation,
      stepDueAt: row.stepStartedAt ? stepDue(step, row.stepStartedAt, calendar, resumed, hours) : null,
    } satisfies Partial<typeof dossiers.$inferInsert>;
  }

  /** Whether the officer may read the dossier: one of its units lies within their reach. */
  async function readable(officer: Officer, row: DossierRow, executor: Executor = db) {
    const scope = permissionScope(officer.roles, 'dossiers.read');
    if (scope === 'none') return false;
    if (scope === 'unit') return row.involvedUnitIds.includes(officer.unitId);
    const involved = await repo.unitsByIds(row.involvedUnitIds, executor);
    return involved.some((u) => u.path.startsWith(officer.unitPath));
  }

  async function getReadable(officer: Officer, id: string, executor: Executor = db) {
    requireScope(officer, 'dossiers.read');
    const row = await repo.find(id, executor);
    if (!row || !(await readable(officer, row, executor))) throw notFound('Không tìm thấy hồ sơ');
    return row;
  }

  /**
   * Whether the officer works on the dossier itself (receiving, or the main processing unit and its heads) rather
   * than only on a partner agency's step of a một cửa liên thông workflow, which needs the case but not the
   * applicant's contact details.
   */
  async function fullView(officer: Officer, row: DossierRow, executor: Executor) {
    const mainProcessing = row.steps.find((s) => s.phase === 'processing')?.unitId;
    const core = [
      row.receivingUnitId,
      ...row.steps
        .filter((s) => s.phase !== 'processing' || s.unitId === mainProcessing)
        .map((s) => s.unitId),
    ];
    if (permissionScope(officer.roles, 'dossiers.read') === 'unit') return core.includes(officer.unitId);
    return (await repo.unitsByIds([...new Set(core)], executor)).some((u) =>
      u.path.startsWith(officer.unitPath),
    );
  }

  async function detail(officer: Officer, row: DossierRow, executor: Executor = db): Promise<Dossier> {
    const [summary, events, fileRows, paymentRows] = await Promise.all([
      repo.summary(row.id, executor),
      repo.events(row.id, executor),
      repo.files(row.id, executor),
      repo.payments(row.id, executor),
    ]);
    if (!summary) throw notFound();
    const full = await fullView(officer, row, executor);
    const hideContact = (person: PersonRecord) =>
      full
        ? person
        : { ...person, dateOfBirth: null, address: '(ẩn với đơn vị phối hợp)', phone: null, email: null };
    return {
      ...toSummary(summary),
      procedureVersionId: row.procedureVersionId,
      caseName: row.caseName,
      applicant: hideContact(row.applicant),
      authorisedPerson: row.authorisedPerson ? hideContact(row.authorisedPerson) : null,
      components: row.components,
      sets: row.sets,
      resultMethod: row.resultMethod,
      steps: row.steps,
      currentStep: row.currentStep,
      timeLimit: { amount: row.timeLimitAmount, unit: row.timeLimitUnit },
      dueExplanation: row.dueExplanation,
      feeVnd: row.feeVnd,
      paidAt: iso(row.paidAt),
      supplementRequests: row.supplementRequests,
      extended: row.extended,
      refusalReason: row.refusalReason,
      note: row.note,
      allowedActions: actionsFor(officer, row),
      events: events.map((e) => ({
        id: e.id,
        at: toVnIso(e.at),
        action: e.action,
        fromState: e.fromState,
        toState: e.toState,
        stepName: e.stepName,
        actorName: e.actorName,
        unitName: e.unitName,
        comment: e.comment,
        stepResult: e.stepResult,
      })),
      files: fileRows.map(toFile),
      supplementItems: row.state === 'waiting_supplement' ? (row.pauses.at(-1)?.items ?? []) : [],
      payments: paymentRows.map((p) => ({
        id: p.id,
        amountVnd: p.amountVnd,
        method: p.method,
        status: p.status,
        receiptNumber: p.receiptNumber,
        paidAt: iso(p.paidAt),
      })),
    };
  }

  /** Moves the dossier to step `index`: its state follows the step's phase, its unit the step's unit. */
  function enterStep(row: DossierRow, index: number, now: Date, calendar: WorkCalendar, hours: OfficeHours) {
    const step = row.steps[index];
    if (!step) throw new Error(`dossier ${row.code} has no step ${index}`);
    return {
      currentStep: index,
      state: PHASE_STATE[step.phase],
      currentUnitId: step.unitId,
      stepStartedAt: now,
      stepDueAt: stepDue(step, now, calendar, row.pauses, hours),
    };
  }

  /** The step to re-process after a send-back: the last processing step before the current one. */
  function lastProcessingStep(row: DossierRow): number {
    for (let i = row.currentStep; i >= 0; i--) if (row.steps[i]?.phase === 'processing') return i;
    return row.currentStep;
  }

  async function transition(
    officer: Officer,
    actor: Actor,
    id: string,
    input: ActionInput,
  ): Promise<Dossier> {
    return db.transaction(async (tx) => {
      const row = await getReadable(officer, id, tx);
      const action = input.action;
      if (!ACTION_RULES[action].roles.some((r) => officer.roles.includes(r))) {
        throw forbidden(`Vai trò của bạn không được "${DOSSIER_ACTION_LABELS[action]}"`);
      }
      if (!actionsFor(officer, row).includes(action)) throw notAllowed(row, officer, action);
      const now = new Date();
      const { calendar, hours } = await officeCalendar(tx, row);
      const step = row.steps[row.currentStep];
      let changes: Partial<typeof dossiers.$inferInsert> = {};
      let details: Record<string, unknown> = {};
      let completesStep = false;

      switch (input.action) {
        case 'accept': {
          const received = { ...row, receivedAt: now };
          const due = dueOf(received, calendar, hours);
          changes = {
            receivedAt: now,
            receivedOn: vnDate(now),
            dueAt: due.dueAt,
            dueExplanation: due.explanation,
            ...enterStep(row, 0, now, calendar, hours),
          };
          break;
        }
        case 'hand_over':
        case 'submit_review':
        case 'submit_signature':
          completesStep = true;
          changes = enterStep(row, row.currentStep + 1, now, calendar, hours);
          if (
            input.action === 'submit_review' &&
            row.steps[row.currentStep + 1]?.unitId !== row.currentUnitId
          ) {
            changes.assigneeId = null;
          }
          break;
        case 'assign': {
          const assignee = await repo.findUser(input.assigneeId, tx);
          if (
            !assignee ||
            assignee.unitId !== row.currentUnitId ||
            assignee.status !== 'active' ||
            !assignee.roles.some((r) => r === 'processing_officer' || r === 'division_head')
          ) {
            throw invalid(
              'body.assigneeId',
              'Chỉ phân công cho chuyên viên đang làm việc tại đơn vị xử lý hồ sơ',
            );
          }
          details = { assigneeId: assignee.id, assigneeName: assignee.fullName };
          if (row.state === 'assigning') {
            completesStep = true;
            changes = {
              ...enterStep(row, row.currentStep + 1, now, calendar, hours),
              assigneeId: assignee.id,
            };
          } else changes = { assigneeId: assignee.id };
          break;
        }
        case 'send_back':
          changes = enterStep(row, lastProcessingStep(row), now, calendar, hours);
          break;
        case 'sign': {
          const results = (await repo.files(row.id, tx)).filter((f) => f.kind === 'result');
          if (results.length === 0) throw invalid('body', 'Cần đính kèm tệp kết quả trước khi ký duyệt');
          if (!signer) throw new Error('no signing key configured');
          // The leader's signature covers each result file's SHA-256: anyone can check it with the public key.
          for (const file of results.filter((f) => f.signature === null)) {
            await repo.signFile(tx, file.id, {
              signature: signer.sign(file.sha256),
              signatureKeyId: signer.keyId,
              signedBy: officer.id,
              signedByName: officer.fullName,
              signedAt: now,
            });
          }
          details = { signedFiles: results.length, keyId: signer.keyId };
          completesStep = true;
          const dueAt = row.dueAt ?? now;
          changes = {
            ...enterStep(row, row.currentStep + 1, now, calendar, hours),
            finishedAt: now,
            result: onTimeResult(now, dueAt, row.supplementRequests, vnDate),
            daysTaken: row.receivedAt ? workingDaysTaken(calendar, row.receivedAt, now, row.pauses) : null,
          };
          break;
        }
        case 'return_result':
          completesStep = true;
          changes = { state: 'returned', returnedAt: now, stepDueAt: null };
          break;
        case 'request_supplement': {
          // Before intake the clock has not started: the request only asks the applicant to complete the file.
          const counting = row.state !== 'waiting_online_intake';
          const paused: PauseRecord[] = counting
            ? [...row.pauses, { from: now.toISOString(), to: null, items: input.items }]
            : row.pauses;
          changes = {
            state: 'waiting_supplement',
            resumeState: row.state,
            pauses: paused,
            supplementRequests: row.supplementRequests + (counting ? 1 : 0),
            dueAt: null,
          };
          details = { items: input.items };
          break;
        }
        case 'complete_supplement':
          changes = resumeChanges(row, now, calendar, hours);
          break;
        case 'refuse':
          changes = { state: 'refused', refusalReason: input.comment, finishedAt: now, stepDueAt: null };
          break;
        case 'stop':
          changes = { state: 'stopped', finishedAt: now, stepDueAt: null };
          break;
        case 'withdraw':
          changes = { state: 'withdrawn', finishedAt: now, stepDueAt: null };
          break;
        case 'extend': {
          if (!row.dueAt) throw invalid('body.newDueDate', 'Hồ sơ chưa có ngày hẹn để gia hạn');
          const dueDay = vnDate(row.dueAt);
          let lastAllowed = addDays(dueDay, -1);
          while (!isWorkingDay(calendar, lastAllowed)) lastAllowed = addDays(lastAllowed, -1);
          if (todayInVietnam(now) >= lastAllowed) {
            throw invalid(
              'body.newDueDate',
              'Chỉ được gia hạn chậm nhất 01 ngày làm việc trước ngày hẹn trả',
            );
          }
          if (input.newDueDate <= dueDay)
            throw invalid('body.newDueDate', 'Ngày hẹn mới phải sau ngày hẹn hiện tại');
          const reason = dayOffReason(calendar, input.newDueDate);
          if (reason) throw invalid('body.newDueDate', `Ngày hẹn mới là ngày nghỉ (${reason})`);
          const extendedDueAt = vnInstant(input.newDueDate, hours.at(-1)?.end ?? 17 * 60);
          const due = dueOf({ ...row, extendedDueAt, extensionReason: input.comment }, calendar, hours);
          changes = {
            extended: true,
            extendedDueAt,
            extensionReason: input.comment,
            dueAt: due.dueAt,
            dueExplanation: due.explanation,
          };
          details = { previousDueAt: row.dueAt.toISOString(), newDueDate: input.newDueDate };
          break;
        }
        case 'record_payment':
          changes = { paidAt: now };
          details = { amountVnd: input.amountVnd, receiptNumber: input.receiptNumber };
          await tx.insert(payments).values({
            dossierId: row.id,
            amountVnd: input.amountVnd,
            method: 'counter',
            status: 'paid',
            receiptNumber: input.receiptNumber,
            paidAt: now,
          });
          break;
      }

      const updated = await repo.update(tx, row.id, input.version, changes);
      if (!updated) throw versionConflict();
      const unitNames = new Map((await repo.unitsByIds([officer.unitId], tx)).map((u) => [u.id, u.name]));
      await repo.addEvent(tx, {
        dossierId: row.id,
        at: now,
        action,
        fromState: row.state,
        toState: updated.state,
        stepIndex: row.currentStep,
        stepName: step?.name ?? null,
        actorId: officer.id,
        actorName: officer.fullName,
        unitId: officer.unitId,
        unitName: unitNames.get(officer.unitId) ?? null,
        comment: input.comment,
        stepResult: completesStep ? stepResultAt(now, row) : null,
        details,
      });
      await recordAudit(tx, actor, {
        action: `dossier.${action}`,
        entityType: 'dossier',
        entityId: row.id,
        unitId: officer.unitId,
        details: { from: row.state, to: updated.state },
      });
      await notifyApplicant(tx, updated, action, {
        items: 'items' in input ? input.items : undefined,
        comment: input.comment,
        eventKey: `${action}:${updated.version}`,
        link: followLink(publicUrl, updated),
      });
      return detail(officer, updated, tx);
    });
  }

  /** Creates a dossier at `unit`: checks the procedure, channel, case and components, numbers it, logs it. */
  async function receive(
    tx: Executor,
    actor: Actor,
    unit: typeof units.$inferSelect,
    input: IntakeInput,
    how: { online: boolean; actorName: string; citizenId: string | null },
  ): Promise<DossierRow> {
    const now = new Date();
    const today = todayInVietnam(now);
    const version = await procedures.findInForce(input.procedureCode, today, tx);
    if (!version) throw invalid('body.procedureCode', 'Thủ tục không tồn tại hoặc không còn áp dụng');
    const content = version.content;
    const method = content.methods.find((m) => m.channel === input.channel);
    if (!method || (how.online && content.onlineLevel === 'none')) {
      throw invalid('body.channel', 'Thủ tục không áp dụng cách thức nộp này');
    }
    const chosenCase = content.cases[input.caseIndex ?? 0];
    if (content.cases.length > 0 && !chosenCase) throw invalid('body.caseIndex', 'Trường hợp không tồn tại');
    const components = (chosenCase?.components ?? []).map((c, index) => {
      const check = input.components?.find((k) => k.index === index);
      return {
        index,
        name: c.name,
        originals: c.originals,
        copies: c.copies,
        provided: check?.provided ?? false,
        form: check?.form ?? (how.online ? 'electronic' : 'original'),
      };
    });
    const missing = components.filter((c, i) => chosenCase?.components[i]?.required && !c.provided);
    if (missing.length > 0) {
      throw invalid(
        'body.components',
        `Còn thiếu giấy tờ bắt buộc: ${missing.map((c) => c.name.slice(0, 80)).join('; ')}`,
      );
    }
    const steps = await resolveSteps(
      tx,
      content.code,
      unit,
      limitInHours(method.timeLimit.amount, method.timeLimit.unit),
      today,
    );
    const sequence = await repo.nextSequence(tx, unit.id, today);
    const code = `${unit.code}-${today.slice(2).replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`;
    const calendar = await loadCalendar(tx, addDays(today, -1));
    const timing = {
      receivedAt: how.online ? null : now,
      timeLimitAmount: method.timeLimit.amount,
      timeLimitUnit: method.timeLimit.unit,
      cutoffTime: content.cutoffTime,
      pauses: [],
      extendedDueAt: null,
      extensionReason: null,
    };
    const hours = officeHoursOf(unit.officeHours);
    const due = dueOf(timing, calendar, hours);
    const state: DossierState = how.online ? 'waiting_online_intake' : 'received';
    const applicant = input.applicant;
    const row = await repo.insert(tx, {
      code,
      procedureVersionId: version.id,
      procedureCode: content.code,
      procedureName: content.name,
      caseName: chosenCase?.name ?? 'Trường hợp chung',
      channel: input.channel ?? 'direct',
      state,
      provinceId: unit.path.split('/').filter(Boolean)[1] ?? unit.id,
      receivingUnitId: unit.id,
      currentUnitId: unit.id,
      involvedUnitIds: [...new Set([unit.id, ...steps.map((s) => s.unitId)])],
      citizenId: how.citizenId,
      applicant: {
        fullName: applicant.fullName,
        identificationNumber: applicant.identificationNumber,
        dateOfBirth: applicant.dateOfBirth ?? null,
        address: applicant.address,
        phone: applicant.phone ?? null,
        email: applicant.email ?? null,
      },
      applicantName: applicant.fullName,
      applicantIdNumber: applicant.identificationNumber,
      authorisedPerson: input.authorisedPerson
        ? { dateOfBirth: null, phone: null, email: null, ...input.authorisedPerson }
        : null,
      components,
      sets: input.sets ?? 1,
      resultMethod: input.resultMethod ?? 'counter',
      steps,
      currentStep: 0,
      ...timing,
      receivedOn: how.online ? null : today,
      dueAt: due.dueAt,
      dueExplanation: due.explanation,
      stepStartedAt: how.online ? null : now,
      stepDueAt: how.online ? null : stepDue(steps[0], now, calendar, [], hours),
      feeVnd: method.feeVnd,
      note: input.note ?? null,
    });
    await repo.addEvent(tx, {
      dossierId: row.id,
      at: now,
      action: how.online ? 'submit' : 'receive',
      fromState: null,
      toState: state,
      stepIndex: 0,
      stepName: how.online ? null : (steps[0]?.name ?? null),
      actorId: actor.id,
      actorName: how.actorName,
      unitId: unit.id,
      unitName: unit.name,
      comment: input.note ?? null,
    });
    await recordAudit(tx, actor, {
      action: how.online ? 'dossier.submit' : 'dossier.receive',
      entityType: 'dossier',
      entityId: row.id,
      unitId: unit.id,
      details: { code, procedureCode: content.code, channel: row.channel },
    });
    await notifyApplicant(tx, row, how.online ? 'submit' : 'receive', {
      eventKey: 'received',
      link: followLink(publicUrl, row),
    });
    return row;
  }

  /** What a citizen sees of their own dossier: everything about it, the timeline without internal comments. */
  async function citizenView(row: DossierRow, executor: Executor = db): Promise<CitizenDossier> {
    const [summary, events, paymentRows, fileRows, rating] = await Promise.all([
      repo.summary(row.id, executor),
      repo.events(row.id, executor),
      repo.payments(row.id, executor),
      repo.files(row.id, executor),
      repo.rating(row.id, executor),
    ]);
    if (!summary) throw notFound();
    return {
      id: row.id,
      code: row.code,
      procedureCode: row.procedureCode,
      procedureName: row.procedureName,
      state: row.state,
      stateLabel: DOSSIER_STATE_LABELS[row.state],
      receivingUnit: summary.receivingUnitName,
      submittedAt: toVnIso(row.createdAt),
      receivedAt: iso(row.receivedAt),
      dueAt: iso(row.dueAt),
      dueExplanation: row.dueExplanation,
      finishedAt: iso(row.finishedAt),
      result: row.result,
      feeVnd: row.feeVnd,
      paidAt: iso(row.paidAt),
      supplementItems: row.state === 'waiting_supplement' ? (row.pauses.at(-1)?.items ?? []) : [],
      supplementReason:
        row.state === 'waiting_supplement'
          ? (events.findLast((e) => e.action === 'request_supplement')?.comment ?? null)
          : null,
      refusalReason: row.refusalReason,
      payments: paymentRows.map((p) => ({
        id: p.id,
        amountVnd: p.amountVnd,
        status: p.status,
        paidAt: iso(p.paidAt),
      })),
      timeline: events.map((e) => ({
        at: toVnIso(e.at),
        label: dossierEventLabel(e.action),
        stateLabel: DOSSIER_STATE_LABELS[e.toState],
      })),
      caseName: row.caseName,
      resultMethod: row.resultMethod,
      files: citizenFiles(row, fileRows).map(toFile),
      stopRequestedAt: iso(row.stopRequestedAt),
      rating: rating
        ? {
            satisfied: rating.satisfied,
            reasons: rating.reasons as RatingReason[],
            comment: rating.comment,
            at: toVnIso(rating.createdAt),
          }
        : null,
      actions: citizenActions({
        ...row,
        stopRequested: row.stopRequestedAt !== null,
        rated: rating !== undefined,
      }),
      slips: availableSlips({
        ...row,
        supplementRequested: events.some((e) => e.action === 'request_supplement'),
      }).filter((form) => form !== '06'),
      version: row.version,
    };
  }

  /** Files an online dossier in the caller's transaction: numbered at once, waiting for the agency to accept it. */
  async function fileOnline(
    tx: Executor,
    citizenId: string,
    actor: Actor,
    input: OnlineSubmission & { note?: string | null },
  ) {
    const [citizen] = await tx.select().from(citizens).where(eq(citizens.id, citizenId));
    if (!citizen) throw notFound();
    const [unit] = await tx.select().from(units).where(eq(units.id, input.receivingUnitId));
    if (!unit || !unitInForce(unit, todayInVietnam())) {
      throw invalid('body.receivingUnitId', 'Cơ quan tiếp nhận không tồn tại');
    }
    return receive(
      tx,
      actor,
      unit,
      { ...input, channel: 'online', sets: 1, note: input.note ?? null },
      { online: true, actorName: citizen.fullName, citizenId: citizen.id },
    );
  }

  /** A slip the dossier's history calls for (a refusal slip only for a refused dossier…), as PDF. */
  async function slipOf(row: DossierRow, form: SlipForm) {
    const events = await repo.events(row.id);
    const supplementRequested = events.some((e) => e.action === 'request_supplement');
    if (!availableSlips({ ...row, supplementRequested }).includes(form)) {
      throw conflict(`Hồ sơ không có "${SLIP_TITLES[form]}" ở trạng thái hiện tại`);
    }
    const [unit] = await repo.unitsByIds([row.receivingUnitId]);
    const pdf = await renderSlip(form, row, {
      unitName: unit?.name ?? '',
      events,
      trackingUrl: `${publicUrl}/tra-cuu/${encodeURIComponent(row.code)}`,
      now: new Date(),
    });
    return { pdf, filename: `mau-${form}-${row.code}.pdf` };
  }

  /** The citizen's own dossier, or not found: nobody else's dossier is revealed to exist. */
  async function ownDossier(citizenId: string, id: string, executor: Executor = db) {
    const row = await repo.find(id, executor);
    if (!row || row.citizenId !== citizenId) throw notFound('Không tìm thấy hồ sơ');
    return row;
  }

  /**
   * A citizen's action on their own dossier, when its state allows it: the change, its log entry, the audit row
   * and the notices to the officers, in one transaction that fails with 409 if the dossier changed meanwhile.
   */
  async function citizenAct(
    citizenId: string,
    actor: Actor,
    id: string,
    version: number,
    action: CitizenAction,
    work: (
      row: DossierRow,
      tx: Executor,
      now: Date,
    ) => Promise<{ event: string; changes: Partial<typeof dossiers.$inferInsert>; comment: string | null }>,
  ): Promise<CitizenDossier> {
    return db.transaction(async (tx) => {
      const row = await ownDossier(citizenId, id, tx);
      const rating = await repo.rating(row.id, tx);
      const allowed = citizenActions({
        ...row,
        stopRequested: row.stopRequestedAt !== null,
        rated: rating !== undefined,
      });
      if (!allowed.includes(action)) {
        throw new AppError(
          409,
          'conflict',
          'Thao tác không hợp lệ ở trạng thái hiện tại',
          `Hồ sơ đang ở trạng thái "${DOSSIER_STATE_LABELS[row.state]}".`,
          { state: row.state, allowedActions: allowed },
        );
      }
      const now = new Date();
      const { event, changes, comment } = await work(row, tx, now);
      const updated = await repo.update(tx, row.id, version, changes);
      if (!updated) throw versionConflict();
      const [citizen] = await tx
        .select({ fullName: citizens.fullName })
        .from(citizens)
        .where(eq(citizens.id, citizenId));
      await repo.addEvent(tx, {
        dossierId: row.id,
        at: now,
        action: event,
        fromState: row.state,
        toState: updated.state,
        stepIndex: row.currentStep,
        stepName: row.steps[row.currentStep]?.name ?? null,
        actorId: citizenId,
        actorName: citizen?.fullName ?? null,
        comment,
      });
      await recordAudit(tx, actor, {
        action: `dossier.${event}`,
        entityType: 'dossier',
        entityId: row.id,
        unitId: row.currentUnitId,
        details: { from: row.state, to: updated.state },
      });
      return citizenView(updated, tx);
    });
  }

  async function officeCalendar(tx: Executor, row: DossierRow) {
    const calendar = await loadCalendar(tx, addDays(vnDate(row.receivedAt ?? new Date()), -1));
    const [unit] = await tx
      .select({ officeHours: units.officeHours })
      .from(units)
      .where(eq(units.id, row.receivingUnitId));
    return { calendar, hours: officeHoursOf(unit?.officeHours) };
  }

  return {
    transition,

    /** Counter intake (or entry of a postal dossier): received at the officer's unit, numbered, with its appointment. */
    async intake(officer: Officer, actor: Actor, input: IntakeInput): Promise<Dossier> {
      requireScope(officer, 'dossiers.intake');
      return db.transaction(async (tx) => {
        const [unit] = await tx.select().from(units).where(eq(units.id, officer.unitId));
        if (!unit) throw notFound();
        const row = await receive(tx, actor, unit, input, {
          online: false,
          actorName: officer.fullName,
          citizenId: null,
        });
        return detail(officer, row, tx);
      });
    },

    /**
     * Online submission by a citizen: numbered at once and waiting for the receiving unit to accept it; the legal
     * clock starts at acceptance.
     */
    async submitOnline(citizenId: string, actor: Actor, input: OnlineSubmission) {
      return db.transaction(async (tx) => citizenView(await fileOnline(tx, citizenId, actor, input), tx));
    },

    fileOnline,
    citizenView,

    async citizenDossiers(citizenId: string) {
      const rows = await repo.ofCitizen(citizenId);
      return { items: await Promise.all(rows.map((row) => citizenView(row))) };
    },

    async citizenDossier(citizenId: string, id: string) {
      return citizenView(await ownDossier(citizenId, id));
    },

    /** A file of the citizen's own dossier; the result only once it is returned. */
    async citizenDownload(citizenId: string, id: string, fileId: string) {
      if (!files) throw new Error('no file store configured');
      const row = await ownDossier(citizenId, id);
      const file = citizenFiles(row, await repo.files(row.id)).find((f) => f.id === fileId);
      if (!file) throw notFound('Không tìm thấy tệp');
      return { file: toFile(file), bytes: await files.read(file.storageKey) };
    },

    /** A document the agency asked for, uploaded by the citizen while the dossier waits for it. */
    async citizenUpload(
      citizenId: string,
      actor: Actor,
      id: string,
      componentIndex: number | undefined,
      receive: () => Promise<{ bytes: Buffer; filename: string }>,
    ) {
      if (!files) throw new Error('no file store configured');
      const row = await ownDossier(citizenId, id);
      if (row.state !== 'waiting_supplement') {
        throw conflict('Chỉ gửi thêm giấy tờ khi cơ quan yêu cầu bổ sung hồ sơ');
      }
      if (componentIndex !== undefined && !row.components[componentIndex]) {
        throw invalid('querystring.componentIndex', 'Thành phần hồ sơ không tồn tại');
      }
      const { bytes, filename } = await receive();
      const stored = await files.save(bytes, filename);
      return db.transaction(async (tx) => {
        const file = await repo.addFile(tx, {
          dossierId: row.id,
          kind: 'supplement',
          componentIndex: componentIndex ?? null,
          ...stored,
          uploadedBy: citizenId,
        });
        await recordAudit(tx, actor, {
          action: 'dossier.file_upload',
          entityType: 'dossier',
          entityId: row.id,
          details: { fileId: file.id, kind: 'supplement', size: stored.size, mime: stored.mime },
        });
        return toFile(file);
      });
    },

    /**
     * The citizen sends what was asked for: the dossier goes back where it was and the legal clock resumes. At
     * least one document must have been uploaded since the request.
     */
    async submitSupplement(
      citizenId: string,
      actor: Actor,
      id: string,
      comment: string | null,
      version: number,
    ) {
      return citizenAct(citizenId, actor, id, version, 'supplement', async (row, tx, now) => {
        const events = await repo.events(row.id, tx);
        const requestAt = events.findLast((e) => e.action === 'request_supplement')?.at ?? row.updatedAt;
        const uploaded = (await repo.files(row.id, tx)).filter(
          (f) => f.kind === 'supplement' && f.createdAt >= requestAt,
        );
        if (uploaded.length === 0) throw invalid('body', 'Tải lên giấy tờ bổ sung trước khi gửi');
        const { calendar, hours } = await officeCalendar(tx, row);
        const changes = resumeChanges(row, now, calendar, hours);
        const assignee = row.assigneeId ? [row.assigneeId] : [];
        const phase = row.steps[row.currentStep]?.phase;
        await notifyOfficers(
          tx,
          {
            unitId: row.receivedAt ? row.currentUnitId : row.receivingUnitId,
            roles: phase ? [PHASE_ROLE[phase]] : ['receiving_officer'],
            userIds: assignee,
          },
          {
            kind: 'dossier_supplemented',
            subjectId: row.id,
            title: `Hồ sơ ${row.code} đã được bổ sung`,
            body: `${row.applicantName} đã gửi ${uploaded.length} tệp bổ sung.`,
            link: `/admin/dossiers/${row.id}`,
          },
        );
        return { event: 'citizen_supplement', changes, comment };
      });
    },

    /**
     * Before the agency accepts an online dossier the citizen withdraws it at once; afterwards the request goes to
     * the agency, which stops the dossier (Mẫu 05) or answers.
     */
    async stopRequest(citizenId: string, actor: Actor, id: string, reason: string, version: number) {
      const row = await ownDossier(citizenId, id);
      const action = row.state === 'waiting_online_intake' ? 'withdraw' : 'stop_request';
      return citizenAct(citizenId, actor, id, version, action, async (current, tx, now) => {
        if (action === 'withdraw') {
          return {
            event: 'citizen_withdraw',
            changes: { state: 'withdrawn', finishedAt: now, stepDueAt: null },
            comment: reason,
          };
        }
        await notifyOfficers(
          tx,
          {
            unitId: current.receivingUnitId,
            roles: ['receiving_officer', 'unit_leader'],
            userIds: current.assigneeId ? [current.assigneeId] : [],
          },
          {
            kind: 'dossier_stop_requested',
            subjectId: current.id,
            title: `Đề nghị dừng xử lý hồ sơ ${current.code}`,
            body: reason.slice(0, 300),
            link: `/admin/dossiers/${current.id}`,
          },
        );
        return {
          event: 'stop_request',
          changes: { stopRequestedAt: now, stopRequestReason: reason },
          comment: reason,
        };
      });
    },

    /** The citizen's rating of the service, once per dossier after the result is returned. */
    async rate(citizenId: string, actor: Actor, id: string, rating: RatingOutput) {
      return db.transaction(async (tx) => {
        const row = await ownDossier(citizenId, id, tx);
        if (row.state !== 'returned') throw conflict('Chỉ đánh giá sau khi đã nhận kết quả');
        const [inserted] = await tx
          .insert(dossierRatings)
          .values({
            dossierId: row.id,
            citizenId,
            receivingUnitId: row.receivingUnitId,
            satisfied: rating.satisfied,
            reasons: rating.satisfied ? [] : rating.reasons,
            comment: rating.comment,
          })
          .onConflictDoNothing()
          .returning({ dossierId: dossierRatings.dossierId });
        if (!inserted) throw conflict('Hồ sơ này đã được đánh giá');
        await recordAudit(tx, actor, {
          action: 'dossier.rate',
          entityType: 'dossier',
          entityId: row.id,
          details: { satisfied: rating.satisfied, reasons: rating.reasons },
        });
        return citizenView(row, tx);
      });
    },

    async get(officer: Officer, id: string) {
      return detail(officer, await getReadable(officer, id));
    },

    /** A work queue of the officer's unit, or a search of every dossier within reach; keyset-paginated. */
    async list(officer: Officer, query: ListQuery) {
      const scope = requireScope(officer, 'dossiers.read');
      const conditions: (SQL | undefined)[] = [];
      let order: 'due' | 'received' = 'received';
      if (query.queue) {
        order = 'due';
        conditions.push(queueCondition(officer, query.queue));
      } else {
        conditions.push(
          scope === 'subtree' ? involvesSubtree(officer.unitPath) : involvesUnit(officer.unitId),
        );
      }
      if (query.q) conditions.push(searchCondition(query.q));
      if (query.state) conditions.push(eq(dossiers.state, query.state));
      if (query.procedureCode) conditions.push(eq(dossiers.procedureCode, query.procedureCode));
      if (query.receivedFrom) conditions.push(gte(dossiers.receivedOn, query.receivedFrom));
      if (query.receivedTo) conditions.push(lte(dossiers.receivedOn, query.receivedTo));
      const cursor = decodeCursor(query.cursor);
      const rows = await repo.page(and(...conditions), order, query.pageSize, cursor);
      const items = rows.slice(0, query.pageSize);
      const last = items.at(-1);
      const hasMore = rows.length > query.pageSize;
      const value = last ? (order === 'due' ? last.dueAt : last.receivedAt) : null;
      return {
        items: items.map(toSummary),
        nextCursor: hasMore && last ? encodeCursor({ v: value?.toISOString() ?? null, id: last.id }) : null,
      };
    },

    async queueCounts(officer: Officer) {
      requireScope(officer, 'dossiers.read');
      const counts = await repo.countBy(
        Object.fromEntries(QUEUES.map((queue) => [queue, queueCondition(officer, queue)])),
      );
      return { counts: counts as Record<DossierQueue, number> };
    },

    async assignees(officer: Officer) {
      requireScope(officer, 'dossiers.read');
      if (!officer.roles.includes('division_head')) throw forbidden('Chỉ lãnh đạo phòng phân công thụ lý');
      return { items: await repo.assignees(officer.unitId, ['processing_officer', 'division_head']) };
    },

    /** Assigns several dossiers at once; each succeeds or fails on its own (its version, its state). */
    async bulkAssign(
      officer: Officer,
      actor: Actor,
      assigneeId: string,
      items: { id: string; version: number }[],
    ) {
      requireScope(officer, 'dossiers.read');
      if (!officer.roles.includes('division_head')) throw forbidden('Chỉ lãnh đạo phòng phân công thụ lý');
      const assigned: string[] = [];
      const failed: { id: string; code: string; detail: string }[] = [];
      for (const item of items) {
        try {
          const result = await transition(officer, actor, item.id, {
            action: 'assign',
            version: item.version,
            assigneeId,
            comment: null,
          });
          assigned.push(result.code);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          failed.push({ id: item.id, code: error.code, detail: error.detail ?? error.title });
        }
      }
      return { assigned, failed };
    },

    /** Adds a scanned component, a supplement or the result to a dossier, checked by its bytes. */
    async uploadFile(
      officer: Officer,
      actor: Actor,
      id: string,
      upload: { kind: FileKind; componentIndex?: number },
      /** Reads the upload; called only once the officer is known to be allowed to add it. */
      receive: () => Promise<{ bytes: Buffer; filename: string }>,
    ) {
      if (!files) throw new Error('no file store configured');
      const row = await getReadable(officer, id);
      if (![row.receivingUnitId, row.currentUnitId].includes(officer.unitId)) {
        throw forbidden('Chỉ đơn vị tiếp nhận hoặc đơn vị đang xử lý được đính kèm tệp');
      }
      if (!FILE_UPLOAD_STATES[upload.kind].includes(row.state)) {
        throw conflict(`Không đính kèm được tệp loại này khi hồ sơ "${DOSSIER_STATE_LABELS[row.state]}"`);
      }
      if (
        upload.kind === 'component' &&
        (upload.componentIndex === undefined || !row.components[upload.componentIndex])
      ) {
        throw invalid('querystring.componentIndex', 'Chọn thành phần hồ sơ của tệp');
      }
      const { bytes, filename } = await receive();
      const stored = await files.save(bytes, filename);
      return db.transaction(async (tx) => {
        const file = await repo.addFile(tx, {
          dossierId: row.id,
          kind: upload.kind,
          componentIndex: upload.kind === 'component' ? (upload.componentIndex ?? null) : null,
          ...stored,
          uploadedBy: officer.id,
        });
        await recordAudit(tx, actor, {
          action: 'dossier.file_upload',
          entityType: 'dossier',
          entityId: row.id,
          unitId: officer.unitId,
          details: { fileId: file.id, kind: upload.kind, size: stored.size, mime: stored.mime },
        });
        return toFile(file);
      });
    },

    async downloadFile(officer: Officer, id: string, fileId: string) {
      if (!files) throw new Error('no file store configured');
      const row = await getReadable(officer, id);
      const file = await repo.file(row.id, fileId);
      if (!file) throw notFound('Không tìm thấy tệp');
      return { file: toFile(file), bytes: await files.read(file.storageKey) };
    },

    /** Checks a file against the signatures of results issued here; the public can do it without an account. */
    async verify(bytes: Buffer) {
      if (!signer) throw new Error('no signing key configured');
      const digest = sha256(bytes);
      const [match] = (await repo.signedResultsBySha(digest)).filter((r) => r.file.signature !== null);
      if (!match?.file.signature) {
        return {
          signed: false,
          valid: false,
          sha256: digest,
          dossierCode: null,
          signedByName: null,
          signedAt: null,
          unitName: null,
          keyId: null,
          algorithm: 'Ed25519' as const,
        };
      }
      return {
        signed: true,
        valid: match.file.signatureKeyId === signer.keyId && signer.verify(digest, match.file.signature),
        sha256: digest,
        dossierCode: match.code,
        signedByName: match.file.signedByName,
        signedAt: iso(match.file.signedAt),
        unitName: match.unitName,
        keyId: match.file.signatureKeyId,
        algorithm: 'Ed25519' as const,
      };
    },

    /** One of the standard slips (Mẫu 01–06) of a dossier the officer can read. */
    async slip(officer: Officer, id: string, form: SlipForm) {
      return slipOf(await getReadable(officer, id), form);
    },

    /** The slips the applicant is handed (Mẫu 01–05); the control slip (Mẫu 06) stays with the agency. */
    async citizenSlip(citizenId: string, id: string, form: SlipForm) {
      const row = await ownDossier(citizenId, id);
      if (form === '06') throw notFound('Phiếu này chỉ lưu tại cơ quan giải quyết');
      return slipOf(row, form);
    },

    /** The receipt of a fee paid for a dossier the reader may see: the officer's reach, or the citizen's own. */
    async receipt(reader: { officer: Officer } | { citizenId: string }, id: string, paymentId: string) {
      const row =
        'officer' in reader
          ? await getReadable(reader.officer, id)
          : await repo.find(id).then((r) => (r?.citizenId === reader.citizenId ? r : undefined));
      if (!row) throw notFound('Không tìm thấy hồ sơ');
      const payment = (await repo.payments(row.id)).find((p) => p.id === paymentId);
      if (!payment) throw notFound('Không tìm thấy khoản thu');
      if (payment.status !== 'paid' || !payment.paidAt) throw conflict('Khoản thu chưa được thanh toán');
      const [unit] = await repo.unitsByIds([row.receivingUnitId]);
      const pdf = await renderReceipt(
        unit?.name ?? '',
        row,
        { ...payment, paidAt: payment.paidAt },
        new Date(),
      );
      return { pdf, filename: `bien-lai-${row.code}.pdf` };
    },

    /** Mẫu 07: dossiers received by the officer's unit over a period (at most a year). */
    async register(officer: Officer, from: string, to: string) {
      requireScope(officer, 'dossiers.read');
      if (to < from) throw invalid('querystring.to', 'Ngày kết thúc phải sau ngày bắt đầu');
      if (to > addDays(from, 366)) throw invalid('querystring.to', 'Tối đa một năm mỗi sổ');
      const rows = await repo.receivedBetween(officer.unitId, from, to);
      const [unit] = await repo.unitsByIds([officer.unitId]);
      const pdf = await renderRegister(unit?.name ?? '', from, to, rows, new Date());
      return { pdf, filename: `so-theo-doi-ho-so-${from}-${to}.pdf` };
    },

    /** Public tracking by code: state, dates and a timeline, with the applicant's name masked. */
    async track(code: string) {
      const row = await repo.findByCode(code.trim().toUpperCase());
      if (!row) throw notFound('Không tìm thấy hồ sơ với mã này');
      const [unit] = await repo.unitsByIds([row.receivingUnitId]);
      const events = await repo.events(row.id);
      return {
        code: row.code,
        procedureName: row.procedureName,
        state: row.state,
        stateLabel: DOSSIER_STATE_LABELS[row.state],
        applicantName: maskName(row.applicantName),
        receivingUnit: unit?.name ?? '',
        receivedAt: iso(row.receivedAt),
        dueAt: iso(row.dueAt),
        finishedAt: iso(row.finishedAt),
        timeline: events.map((e) => ({
          at: toVnIso(e.at),
          label: dossierEventLabel(e.action),
          stateLabel: DOSSIER_STATE_LABELS[e.toState],
        })),
      };
    },
  };
}

const QUEUES = [
  'waiting_online_intake',
  'to_hand_over',
  'to_assign',
  'processing',
  'to_review',
  'to_sign',
  'to_return',
  'waiting_supplement',
  'due_soon',
  'overdue',
] as const satisfies readonly DossierQueue[];

const QUEUE_STATE: Partial<Record<DossierQueue, DossierState>> = {
  waiting_online_intake: 'waiting_online_intake',
  to_hand_over: 'received',
  to_assign: 'assigning',
  processing: 'processing',
  to_review: 'reviewing',
  to_sign: 'waiting_signature',
  to_return: 'waiting_return',
  waiting_supplement: 'waiting_supplement',
};

/** A queue is the officer's own unit's work: dossiers currently there in one state, or due soon, or overdue. */
function queueCondition(officer: Officer, queue: DossierQueue): SQL | undefined {
  const here = eq(dossiers.currentUnitId, officer.unitId);
  const state = QUEUE_STATE[queue];
  if (state) return and(here, eq(dossiers.state, state));
  const open = notInArray(dossiers.state, [...CLOSED_STATES]);
  const now = new Date();
  if (queue === 'overdue') return and(here, open, lt(dossiers.dueAt, now));
  return and(
    here,
    open,
    gte(dossiers.dueAt, now),
    lt(dossiers.dueAt, new Date(now.getTime() + 2 * 86_400_000)),
  );
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString()) as Cursor;
    if (
      typeof parsed.id === 'string' &&
      /^[0-9a-f-]{36}$/.test(parsed.id) &&
      (parsed.v === null || !Number.isNaN(Date.parse(parsed.v)))
    ) {
      return parsed;
    }
  } catch {
    // fall through
  }
  throw invalid('querystring.cursor', 'Con trỏ trang không hợp lệ');
}
