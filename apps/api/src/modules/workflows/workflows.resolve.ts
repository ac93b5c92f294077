import {
  PHASE_LABELS,
  WORKFLOW_PHASES,
  type DossierStep,
  type TimeUnit,
  type WorkflowPhase,
} from '@motcua/shared';
import { and, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units, workflows, type WorkflowStepRecord } from '../../db/schema';

/** A legal time limit in working hours (1 working day = 8 working hours). */
export function limitInHours(amount: number, unit: TimeUnit): number {
  return unit === 'working_hours' ? amount : amount * 8;
}

/**
 * The workflow used when a unit has defined none: the six standard phases, with the legal limit shared out so that
 * the short administrative steps get half a day each and processing gets the rest.
 */
export function defaultSteps(totalHours: number): WorkflowStepRecord[] {
  const short: Record<WorkflowPhase, number> = {
    intake: 4,
    assignment: 4,
    processing: 0,
    review: 4,
    signature: 4,
    return: 4,
  };
  const fixed = Object.values(short).reduce((a, b) => a + b, 0);
  const hours = Math.max(totalHours, 8);
  const scale = hours > fixed + 4 ? 1 : hours / (fixed + 8);
  const steps = WORKFLOW_PHASES.map((phase) => ({
    name: PHASE_LABELS[phase],
    phase,
    unitId: null,
    allottedHours: Math.round(short[phase] * scale * 100) / 100,
  }));
  const used = steps.reduce((sum, s) => sum + s.allottedHours, 0);
  const processing = steps.find((s) => s.phase === 'processing');
  if (processing) processing.allottedHours = Math.round((hours - used) * 100) / 100;
  return steps;
}

/**
 * The steps a dossier received at `receivingUnit` follows: the published workflow in force defined by that unit
 * or its nearest ancestor, else the default. Each step is bound to its unit.
 */
export async function resolveSteps(
  tx: Executor,
  procedureCode: string,
  receivingUnit: { id: string; name: string; path: string },
  totalHours: number,
  today: string,
): Promise<DossierStep[]> {
  const ancestorIds = receivingUnit.path.split('/').filter(Boolean);
  const [workflow] = await tx
    .select({ steps: workflows.steps, processingUnitId: workflows.processingUnitId, owner: units.depth })
    .from(workflows)
    .innerJoin(units, eq(units.id, workflows.ownerUnitId))
    .where(
      and(
        eq(workflows.procedureCode, procedureCode),
        inArray(workflows.ownerUnitId, ancestorIds),
        eq(workflows.status, 'published'),
        lte(workflows.effectiveFrom, today),
        or(isNull(workflows.effectiveTo), gte(workflows.effectiveTo, today)),
      ),
    )
    .orderBy(desc(units.depth))
    .limit(1);
  const records = workflow?.steps ?? defaultSteps(totalHours);
  const processingUnitId = workflow?.processingUnitId ?? receivingUnit.id;
  const unitIdOf = (s: WorkflowStepRecord) =>
    s.unitId ?? (s.phase === 'intake' || s.phase === 'return' ? receivingUnit.id : processingUnitId);
  const ids = [...new Set(records.map(unitIdOf))];
  const names = new Map(
    (await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))).map(
      (u) => [u.id, u.name],
    ),
  );
  return records.map((s) => {
    const unitId = unitIdOf(s);
    return {
      name: s.name,
      phase: s.phase,
      unitId,
      unitName: names.get(unitId) ?? '',
      allottedHours: s.allottedHours,
    };
  });
}
