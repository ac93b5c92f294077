import {
  computeValues,
  hasPermission,
  PROCEDURE_LEVELS,
  PROCEDURE_LEVEL_LABELS,
  REPORT_ACTION_LABELS,
  REPORT_METRICS,
  SHIPPED_REPORT_FORMS,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  reportActions,
  reportEditable,
  sumValues,
  toVnIso,
  validateReport,
  vnInstant,
  addDays,
  type PeriodCreate,
  type ReportAction,
  type ReportActionSchema,
  type ReportDefinition,
  type ReportParty,
  type ReportStatus,
  type ReportValues,
} from '@motcua/shared';
import { and, asc, eq, inArray, isNull, lte, or, gte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/client';
import {
  procedureVersions,
  reportEvents,
  reportPeriods,
  reports,
  reportTemplates,
  units,
  users,
} from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import { AppError, conflict, invalid, notFound, versionConflict } from '../../lib/errors';
import { likeEscape } from '../../lib/sql';
import { updateVersioned } from '../../lib/versioned';
import { requireScope, type Officer } from '../../plugins/auth';
import { notifyOfficers } from '../notifications/notifications.outbox';
import { dossierFigures, feedbackFigures } from './reports.figures';

type PeriodRow = typeof reportPeriods.$inferSelect;
type TemplateRow = typeof reportTemplates.$inferSelect;
type ReportRow = typeof reports.$inferSelect;
type Participant = { id: string; name: string; path: string; parentId: string | null };

/** Units of the period: the issuer's subtree in force during its window, those with an entry account. */
export async function participantsOf(
  db: Executor,
  period: PeriodRow,
  issuerPath: string,
): Promise<Participant[]> {
  return db
    .select({ id: units.id, name: units.name, path: units.path, parentId: units.parentId })
    .from(units)
    .where(
      and(
        sql`${units.path} like ${`${likeEscape(issuerPath)}%`}`,
        lte(units.validFrom, period.dataTo),
        or(isNull(units.validTo), gte(units.validTo, period.dataFrom)),
        sql`exists (select 1 from ${users} u where u.unit_id = ${units.id} and u.status = 'active' and 'report_entry' = any(u.roles))`,
      ),
    )
    .orderBy(units.depth, units.name);
}

/** A unit's superior within the period: its nearest ancestor that takes part (a district, or the province). */
function superiorOf(unit: Participant, byId: Map<string, Participant>): Participant | undefined {
  const chain = unit.path.split('/').filter(Boolean).slice(0, -1).reverse();
  for (const id of chain) {
    const found = byId.get(id);
    if (found) return found;
  }
  return undefined;
}

/** The forms the product ships with, as version 1 of each code; later versions come from the template editor. */
export async function ensureShippedForms(db: Executor) {
  await db
    .insert(reportTemplates)
    .values(
      SHIPPED_REPORT_FORMS.map((f) => ({
        code: f.code,
        versionNo: 1,
        name: f.name,
        definition: f.definition,
      })),
    )
    .onConflictDoNothing();
}

/** What is wrong with a form definition, if anything: keys, totals and rules must name real columns. */
export function definitionProblem(
  definition: ReportDefinition,
): { path: string; message: string } | undefined {
  const keys = definition.columns.map((c) => c.key);
  const duplicate = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (duplicate >= 0) return { path: `columns.${duplicate}.key`, message: 'Mã cột bị trùng' };
  for (const [i, column] of definition.columns.entries()) {
    for (const [j, part] of (column.sumOf ?? []).entries()) {
      const at = keys.indexOf(part);
      if (part === column.key)
        return { path: `columns.${i}.sumOf.${j}`, message: 'Cột tổng không cộng chính nó' };
      if (at < 0 || part === column.key)
        return { path: `columns.${i}.sumOf.${j}`, message: 'Cột tổng phải cộng các cột khác của biểu' };
      if (definition.columns[at]?.sumOf && at > i) {
        return { path: `columns.${i}.sumOf.${j}`, message: 'Cột tổng chỉ cộng các cột tổng đứng trước nó' };
      }
    }
    if (column.metric && !(REPORT_METRICS as readonly string[]).includes(column.metric)) {
      return { path: `columns.${i}.metric`, message: 'Chỉ tiêu hệ thống không tồn tại' };
    }
  }
  for (const [i, rule] of definition.rules.entries()) {
    if (rule.kind !== 'at_most') continue;
    const named = [rule.left, ...rule.right];
    if (named.some((k) => !keys.includes(k)))
      return { path: `rules.${i}`, message: 'Quy tắc phải nêu các cột của biểu' };
    if (rule.right.includes(rule.left)) {
      return { path: `rules.${i}.right`, message: 'Không so sánh một cột với chính nó' };
    }
  }
  return undefined;
}

export function createReportsService(db: Database) {
  async function templatesOf(ids: string[], executor: Executor = db) {
    const rows = await executor.select().from(reportTemplates).where(inArray(reportTemplates.id, ids));
    return ids.map((id) => rows.find((t) => t.id === id)).filter((t): t is TemplateRow => t !== undefined);
  }

  async function toPeriod(period: PeriodRow, executor: Executor = db) {
    const [issuer] = await executor.select().from(units).where(eq(units.id, period.issuerUnitId));
    return {
      id: period.id,
      issuerUnit: { id: period.issuerUnitId, name: issuer?.name ?? '' },
      name: period.name,
      kind: period.kind,
      year: period.year,
      from: period.dataFrom,
      to: period.dataTo,
      entryDeadline: period.entryDeadline,
      status: period.status,
      templates: (await templatesOf(period.templateIds, executor)).map((t) => ({
        id: t.id,
        code: t.code,
        name: t.name,
      })),
      version: period.version,
    };
  }

  /** The period with its participants, when the officer's unit takes part in it (or issued it). */
  async function periodFor(officer: Officer, id: string, executor: Executor = db) {
    requireScope(officer, 'reports.read');
    const [period] = await executor.select().from(reportPeriods).where(eq(reportPeriods.id, id));
    const [issuer] = period
      ? await executor.select().from(units).where(eq(units.id, period.issuerUnitId))
      : [];
    if (!period || !issuer || (period.status === 'draft' && officer.unitId !== issuer.id)) {
      throw notFound('Không tìm thấy đợt báo cáo');
    }
    const participants = await participantsOf(executor, period, issuer.path);
    const byId = new Map(participants.map((p) => [p.id, p]));
    if (!byId.has(officer.unitId)) throw notFound('Không tìm thấy đợt báo cáo');
    return { period, issuer, participants, byId };
  }

  type Context = Awaited<ReturnType<typeof periodFor>>;

  function childrenOf(context: Context, unitId: string) {
    return context.participants.filter((p) => p.id !== unitId && superiorOf(p, context.byId)?.id === unitId);
  }

  async function rowsOf(
    executor: Executor,
    definition: ReportDefinition,
    unit: Participant,
    children: Participant[],
    values: ReportValues[],
  ) {
    let base: { key: string; label: string }[];
    if (definition.rowSource === 'levels') {
      base = PROCEDURE_LEVELS.map((level) => ({ key: level, label: PROCEDURE_LEVEL_LABELS[level] }));
    } else if (definition.rowSource === 'units') {
      base = [unit, ...children].map((u) => ({ key: u.id, label: u.name }));
    } else {
      const fields = await executor
        .selectDistinct({ field: procedureVersions.field })
        .from(procedureVersions)
        .orderBy(asc(procedureVersions.field));
      base = fields.map(({ field }) => ({ key: field, label: field }));
    }
    const known = new Set(base.map((r) => r.key));
    const extra = [...new Set(values.flatMap((v) => Object.keys(v)))].filter((k) => !known.has(k));
    return [...base, ...extra.map((key) => ({ key, label: key }))];
  }

  /** The system's figures for the unit's own rows, mapped onto the form's columns. */
  async function systemFigures(
    executor: Executor,
    definition: ReportDefinition,
    unitId: string,
    period: PeriodRow,
  ) {
    const window = { from: period.dataFrom, to: period.dataTo };
    const metrics =
      definition.rowSource === 'fields'
        ? await dossierFigures(executor, unitId, window)
        : definition.rowSource === 'units'
          ? await feedbackFigures(executor, unitId, window)
          : {};
    const out: ReportValues = {};
    for (const [row, figures] of Object.entries(metrics)) {
      out[row] = Object.fromEntries(
        definition.columns
          .filter((c) => c.metric)
          .map((c) => [c.key, (figures as Record<string, number>)[c.metric ?? ''] ?? 0]),
      );
    }
    return computeValues(definition, out);
  }

  async function findReport(periodId: string, unitId: string, templateId: string, executor: Executor = db) {
    const [row] = await executor
      .select()
      .from(reports)
      .where(
        and(eq(reports.periodId, periodId), eq(reports.unitId, unitId), eq(reports.templateId, templateId)),
      );
    return row;
  }

  function partiesOf(officer: Officer, context: Context, unitId: string): ReportParty[] {
    const parties: ReportParty[] = [];
    const unit = context.byId.get(unitId);
    if (officer.unitId === unitId) {
      if (hasPermission(officer.roles, 'reports.enter')) parties.push('entry');
      if (hasPermission(officer.roles, 'reports.approve')) parties.push('leader');
    }
    if (
      unit &&
      superiorOf(unit, context.byId)?.id === officer.unitId &&
      hasPermission(officer.roles, 'reports.approve')
    ) {
      parties.push('superior');
    }
    return parties;
  }

  /** One unit's form: what it typed, what the system counts, its children's accepted totals and who is missing. */
  async function form(
    officer: Officer,
    context: Context,
    unitId: string,
    templateId: string,
    executor: Executor = db,
  ) {
    const unit = context.byId.get(unitId);
    const [template] = context.period.templateIds.includes(templateId)
      ? await templatesOf([templateId], executor)
      : [];
    if (!unit || !template) throw notFound('Không tìm thấy biểu mẫu của đơn vị trong đợt báo cáo');
    // Own unit, or a unit below the officer's own: nobody reads another branch.
    if (!unit.path.startsWith(officer.unitPath))
      throw notFound('Không tìm thấy biểu mẫu của đơn vị trong đợt báo cáo');
    const definition = template.definition;
    const report = await findReport(context.period.id, unitId, templateId, executor);
    const children = childrenOf(context, unitId);
    const childReports = children.length
      ? await executor
          .select()
          .from(reports)
          .where(
            and(
              eq(reports.periodId, context.period.id),
              eq(reports.templateId, templateId),
              inArray(
                reports.unitId,
                children.map((c) => c.id),
              ),
            ),
          )
      : [];
    const accepted = childReports.filter((r) => r.status === 'accepted' && r.totals);
    const childrenSum = sumValues(
      definition,
      accepted.map((r) => r.totals ?? {}),
    );
    const system = await systemFigures(executor, definition, unitId, context.period);
    // A form nobody has saved yet opens pre-filled with the system's figures.
    const values = report ? computeValues(definition, report.values) : system;
    const status: ReportStatus = report?.status ?? 'not_started';
    const totals =
      report?.totals && !reportEditable(status) && status !== 'awaiting_leader'
        ? report.totals
        : sumValues(definition, [values, childrenSum]);
    const running =
      context.period.status === 'issued' || (context.period.status === 'closed' && report?.reopened === true);
    const parties = partiesOf(officer, context, unitId);
    return {
      id: report?.id ?? null,
      period: await toPeriod(context.period, executor),
      template: {
        id: template.id,
        code: template.code,
        versionNo: template.versionNo,
        name: template.name,
        definition,
      },
      unit: { id: unit.id, name: unit.name },
      status,
      rows: await rowsOf(executor, definition, unit, children, [values, childrenSum, system]),
      values,
      system,
      children: childrenSum,
      totals,
      missingChildren: children
        .filter((c) => !accepted.some((r) => r.unitId === c.id))
        .map((c) => ({
          id: c.id,
          name: c.name,
          status: childReports.find((r) => r.unitId === c.id)?.status ?? ('not_started' as const),
        })),
      errors: validateReport(definition, values),
      returnReason: report?.returnReason ?? null,
      // Entry and approval run while the period is issued; a form the issuer reopened runs on after it closes.
      actions: running ? reportActions(status, parties) : [],
      editable: running && reportEditable(status) && parties.includes('entry'),
      canReopen:
        context.period.status !== 'draft' &&
        (status === 'submitted' || status === 'accepted') &&
        officer.unitId === context.issuer.id &&
        hasPermission(officer.roles, 'reports.approve'),
      // A form nobody has saved yet is version 1, as its row will be.
      version: report?.version ?? 1,
    };
  }

  /** The report row, created on first use, locked for the change. */
  async function reportForChange(
    executor: Executor,
    context: Context,
    unitId: string,
    templateId: string,
    /** What the form showed: the system's figures for a form nobody had saved. */
    shown: ReportValues,
  ) {
    await executor
      .insert(reports)
      .values({ periodId: context.period.id, unitId, templateId, status: 'not_started', values: shown })
      .onConflictDoNothing();
    const [row] = await executor
      .select()
      .from(reports)
      .where(
        and(
          eq(reports.periodId, context.period.id),
          eq(reports.unitId, unitId),
          eq(reports.templateId, templateId),
        ),
      )
      .for('update');
    if (!row) throw new Error('report row missing after insert');
    return row;
  }

  async function addEvent(
    executor: Executor,
    officer: Officer,
    report: ReportRow,
    values: Partial<typeof reportEvents.$inferInsert>,
  ) {
    await executor.insert(reportEvents).values({
      reportId: report.id,
      action: 'save',
      actorId: officer.id,
      actorName: officer.fullName,
      ...values,
    });
  }

  return {
    async templates() {
      const rows = await db
        .select()
        .from(reportTemplates)
        .orderBy(asc(reportTemplates.code), asc(reportTemplates.versionNo));
      return {
        items: rows.map((t) => ({
          id: t.id,
          code: t.code,
          versionNo: t.versionNo,
          name: t.name,
          definition: t.definition,
        })),
      };
    },

    /** Periods the officer's unit issued or takes part in, newest first. */
    async periods(officer: Officer) {
      requireScope(officer, 'reports.read');
      const ancestors = officer.unitPath.split('/').filter(Boolean);
      const rows = await db
        .select()
        .from(reportPeriods)
        .where(
          or(
            eq(reportPeriods.issuerUnitId, officer.unitId),
            and(inArray(reportPeriods.issuerUnitId, ancestors), sql`${reportPeriods.status} <> 'draft'`),
          ),
        )
        .orderBy(sql`${reportPeriods.dataTo} desc`);
      return { items: await Promise.all(rows.map((p) => toPeriod(p))) };
    },

    async period(officer: Officer, id: string) {
      return toPeriod((await periodFor(officer, id)).period);
    },

    async createPeriod(officer: Officer, actor: Actor, input: PeriodCreate & { templateIds: string[] }) {
      requireScope(officer, 'reports.approve');
      const templates = await templatesOf(input.templateIds);
      const missing = input.templateIds.findIndex((id) => !templates.some((t) => t.id === id));
      if (missing >= 0) throw invalid(`body.templateIds.${missing}`, 'Biểu mẫu không tồn tại');
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(reportPeriods)
          .values({
            issuerUnitId: officer.unitId,
            name: input.name,
            kind: input.kind,
            year: input.year,
            dataFrom: input.from,
            dataTo: input.to,
            entryDeadline: input.entryDeadline,
            templateIds: input.templateIds,
          })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await recordAudit(tx, actor, {
          action: 'report_period.create',
          entityType: 'report_period',
          entityId: row.id,
          unitId: officer.unitId,
        });
        return toPeriod(row, tx);
      });
    },

    /** Issues (draft → issued) or closes (issued → closed) a period; only its issuer's approval account. */
    async setPeriodStatus(
      officer: Officer,
      actor: Actor,
      id: string,
      to: 'issued' | 'closed',
      version: number,
    ) {
      requireScope(officer, 'reports.approve');
      return db.transaction(async (tx) => {
        const [period] = await tx.select().from(reportPeriods).where(eq(reportPeriods.id, id));
        if (!period || period.issuerUnitId !== officer.unitId) throw notFound('Không tìm thấy đợt báo cáo');
        const from = to === 'issued' ? 'draft' : 'issued';
        if (period.status !== from) throw conflict(`Đợt báo cáo đang ở trạng thái "${period.status}"`);
        const updated = await updateVersioned(tx, reportPeriods, id, version, {
          status: to,
          ...(to === 'issued' ? { issuedAt: new Date() } : { closedAt: new Date() }),
        });
        if (!updated) throw versionConflict();
        if (to === 'issued') {
          const [issuer] = await tx.select().from(units).where(eq(units.id, period.issuerUnitId));
          for (const unit of issuer ? await participantsOf(tx, period, issuer.path) : []) {
            await notifyOfficers(
              tx,
              { unitId: unit.id, roles: ['report_entry', 'report_approver'] },
              {
                kind: 'report_period_issued',
                subjectId: id,
                title: `Đợt báo cáo mới: ${period.name}`,
                body: `Hạn nhập số liệu ${period.entryDeadline.split('-').reverse().join('/')}`,
                link: `/admin/reports/${id}`,
              },
            );
          }
        }
        await recordAudit(tx, actor, {
          action: `report_period.${to}`,
          entityType: 'report_period',
          entityId: id,
          unitId: officer.unitId,
        });
        return toPeriod(updated, tx);
      });
    },

    async form(officer: Officer, periodId: string, unitId: string, templateId: string) {
      return form(officer, await periodFor(officer, periodId), unitId, templateId);
    },

    /** Saves the entry account's figures; the computed columns are recomputed, never taken as typed. */
    async save(
      officer: Officer,
      actor: Actor,
      periodId: string,
      unitId: string,
      templateId: string,
      values: ReportValues,
      version: number,
    ) {
      return db.transaction(async (tx) => {
        const context = await periodFor(officer, periodId, tx);
        const current = await form(officer, context, unitId, templateId, tx);
        if (!current.editable) {
          throw new AppError(
            409,
            'conflict',
            'Biểu mẫu đã khóa',
            'Biểu mẫu đã gửi đi, đã được duyệt, hoặc đợt báo cáo chưa ban hành hay đã đóng: số liệu không sửa được.',
            {
              state: current.status,
              allowedActions: current.actions,
            },
          );
        }
        const report = await reportForChange(tx, context, unitId, templateId, current.values);
        if (report.version !== version) throw versionConflict();
        const computed = computeValues(current.template.definition, values);
        await tx
          .update(reports)
          .set({ values: computed, status: 'in_entry', version: report.version + 1, updatedAt: new Date() })
          .where(eq(reports.id, report.id));
        await addEvent(tx, officer, report, {
          action: 'save',
          fromStatus: report.status,
          toStatus: 'in_entry',
        });
        await recordAudit(tx, actor, {
          action: 'report.save',
          entityType: 'report',
          entityId: report.id,
          unitId,
        });
        return form(officer, context, unitId, templateId, tx);
      });
    },

    async act(
      officer: Officer,
      actor: Actor,
      periodId: string,
      unitId: string,
      templateId: string,
      input: z.output<typeof ReportActionSchema>,
    ) {
      return db.transaction(async (tx) => {
        const context = await periodFor(officer, periodId, tx);
        const current = await form(officer, context, unitId, templateId, tx);
        if (!current.actions.includes(input.action)) {
          throw new AppError(
            409,
            'conflict',
            'Thao tác không hợp lệ ở trạng thái hiện tại',
            `Biểu mẫu đang ở trạng thái "${REPORT_STATUS_LABELS[current.status]}": không thể "${REPORT_ACTION_LABELS[input.action]}".`,
            { state: current.status, allowedActions: current.actions },
          );
        }
        if (input.action === 'send_to_leader' && current.errors.length > 0) {
          throw new AppError(
            400,
            'validation_failed',
            'Số liệu chưa hợp lệ',
            'Sửa các ô được đánh dấu rồi gửi lại.',
            {
              errors: current.errors.map((e) => ({
                field: `values.${e.row}.${e.column}`,
                message: e.message,
              })),
            },
          );
        }
        const report = await reportForChange(tx, context, unitId, templateId, current.values);
        if (report.version !== input.version) throw versionConflict();
        const isTop = unitId === context.issuer.id;
        const next: Record<ReportAction, ReportStatus> = {
          send_to_leader: 'awaiting_leader',
          approve: isTop ? 'accepted' : 'submitted',
          return_to_entry: 'returned',
          accept: 'accepted',
          return: 'returned',
        };
        const status = next[input.action];
        const now = new Date();
        const changes: Partial<ReportRow> = { status, version: report.version + 1, updatedAt: now };
        // Approval freezes what goes up: the unit's own rows plus the children accepted so far.
        if (input.action === 'approve')
          Object.assign(changes, { totals: current.totals, submittedAt: now, returnReason: null });
        if (status === 'accepted') Object.assign(changes, { acceptedAt: now, reopened: false });
        if (input.action === 'return' || input.action === 'return_to_entry')
          Object.assign(changes, { returnReason: input.reason, acceptedAt: null });
        await tx.update(reports).set(changes).where(eq(reports.id, report.id));
        await addEvent(tx, officer, report, {
          action: input.action,
          fromStatus: report.status,
          toStatus: status,
          reason: 'reason' in input ? input.reason : null,
          snapshot:
            input.action === 'approve' || input.action === 'accept'
              ? (changes.totals ?? report.totals)
              : null,
        });
        if (input.action === 'return') {
          await notifyOfficers(
            tx,
            { unitId, roles: ['report_entry', 'report_approver'] },
            {
              kind: 'report_returned',
              subjectId: report.id,
              title: `Báo cáo bị trả lại: ${context.period.name}`,
              body: input.reason,
              link: `/admin/reports/${periodId}`,
            },
          );
        }
        await recordAudit(tx, actor, {
          action: `report.${input.action}`,
          entityType: 'report',
          entityId: report.id,
          unitId,
          details: { from: report.status, to: status },
        });
        return form(officer, context, unitId, templateId, tx);
      });
    },

    /** Who did what when; approvals and acceptances carry the figures as they were. */
    async history(officer: Officer, periodId: string, unitId: string, templateId: string) {
      const context = await periodFor(officer, periodId);
      const current = await form(officer, context, unitId, templateId);
      if (!current.id) return { items: [] };
      const rows = await db
        .select()
        .from(reportEvents)
        .where(eq(reportEvents.reportId, current.id))
        .orderBy(asc(reportEvents.createdAt), asc(reportEvents.id));
      return {
        items: rows.map((e) => ({
          id: e.id,
          action: e.action,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          actorName: e.actorName,
          reason: e.reason,
          at: toVnIso(e.createdAt),
          snapshot: e.snapshot,
        })),
      };
    },

    /**
     * The issuer reopens one unit's form with a reason, even in a closed period: the form goes back to its entry
     * account, and its superior has to accept it again.
     */
    async reopen(
      officer: Officer,
      actor: Actor,
      periodId: string,
      unitId: string,
      templateId: string,
      reason: string,
    ) {
      return db.transaction(async (tx) => {
        const context = await periodFor(officer, periodId, tx);
        if (officer.unitId !== context.issuer.id || !hasPermission(officer.roles, 'reports.approve')) {
          throw new AppError(
            403,
            'forbidden',
            'Không có quyền',
            'Chỉ đơn vị ban hành đợt báo cáo mới mở lại được biểu mẫu.',
          );
        }
        const current = await form(officer, context, unitId, templateId, tx);
        if (current.status !== 'submitted' && current.status !== 'accepted') {
          throw conflict('Chỉ mở lại được biểu mẫu đã gửi hoặc đã duyệt');
        }
        const report = await reportForChange(tx, context, unitId, templateId, current.values);
        await tx
          .update(reports)
          .set({
            status: 'returned',
            returnReason: reason,
            reopened: true,
            acceptedAt: null,
            version: report.version + 1,
            updatedAt: new Date(),
          })
          .where(eq(reports.id, report.id));
        await addEvent(tx, officer, report, {
          action: 'reopen',
          fromStatus: report.status,
          toStatus: 'returned',
          reason,
        });
        await notifyOfficers(
          tx,
          { unitId, roles: ['report_entry', 'report_approver'] },
          {
            kind: 'report_returned',
            subjectId: report.id,
            title: `Biểu mẫu được mở lại: ${context.period.name}`,
            body: reason,
            link: `/admin/reports/${periodId}`,
          },
        );
        await recordAudit(tx, actor, {
          action: 'report.reopen',
          entityType: 'report',
          entityId: report.id,
          unitId,
        });
        return form(officer, context, unitId, templateId, tx);
      });
    },

    /** A new version of a form (or the first of a new code); periods keep the version they were issued with. */
    async createTemplate(
      officer: Officer,
      actor: Actor,
      input: { code: string; name: string; definition: ReportDefinition },
    ) {
      requireScope(officer, 'units.manage');
      if (officer.unitPath.split('/').filter(Boolean).length !== 1) {
        throw new AppError(
          403,
          'forbidden',
          'Không có quyền',
          'Biểu mẫu do quản trị hệ thống ở cấp trung ương quản lý.',
        );
      }
      const problem = definitionProblem(input.definition);
      if (problem) throw invalid(`body.definition.${problem.path}`, problem.message);
      return db.transaction(async (tx) => {
        const [latest] = await tx
          .select({ versionNo: sql<number>`coalesce(max(${reportTemplates.versionNo}), 0)::int` })
          .from(reportTemplates)
          .where(eq(reportTemplates.code, input.code));
        // Two administrators saving at once: the unique (code, version) index lets one win; the other gets 409.
        const [row] = await tx
          .insert(reportTemplates)
          .values({
            code: input.code,
            name: input.name,
            definition: input.definition,
            versionNo: (latest?.versionNo ?? 0) + 1,
          })
          .onConflictDoNothing()
          .returning();
        if (!row) throw versionConflict();
        await recordAudit(tx, actor, {
          action: 'report_template.create',
          entityType: 'report_template',
          entityId: row.id,
          details: { code: row.code, versionNo: row.versionNo },
        });
        return {
          id: row.id,
          code: row.code,
          versionNo: row.versionNo,
          name: row.name,
          definition: row.definition,
        };
      });
    },

    /** The superior's view of the units directly under it: who has not started, who is late. */
    async board(officer: Officer, periodId: string) {
      const context = await periodFor(officer, periodId);
      const children = childrenOf(context, officer.unitId);
      const rows = children.length
        ? await db
            .select()
            .from(reports)
            .where(
              and(
                eq(reports.periodId, periodId),
                inArray(
                  reports.unitId,
                  children.map((c) => c.id),
                ),
              ),
            )
        : [];
      const deadline = vnInstant(addDays(context.period.entryDeadline, 1), 0);
      const templates = await templatesOf(context.period.templateIds);
      const units = children.flatMap((child) =>
        templates.map((template) => {
          const row = rows.find((r) => r.unitId === child.id && r.templateId === template.id);
          const status: ReportStatus = row?.status ?? 'not_started';
          const sentAt = row?.submittedAt ?? null;
          return {
            unit: { id: child.id, name: child.name },
            template: { id: template.id, code: template.code },
            status,
            submittedAt: sentAt ? toVnIso(sentAt) : null,
            late: sentAt ? sentAt > deadline : new Date() > deadline,
          };
        }),
      );
      const counts = Object.fromEntries(
        REPORT_STATUSES.map((s) => [s, units.filter((u) => u.status === s).length]),
      ) as Record<ReportStatus, number>;
      return { counts, units };
    },
  };
}
