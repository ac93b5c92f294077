import { PHASE_LABELS, WORKFLOW_PHASES, type TimeUnit, type WorkflowPhase } from '@motcua/shared';

/** A legal time limit in working hours, as the API counts it (1 working day = 8 working hours). */
export function limitInHours(amount: number, unit: TimeUnit): number {
  return unit === 'working_hours' ? amount : amount * 8;
}

/** The strictest limit among a procedure's channels: the one every channel's dossiers must meet. */
export function legalLimitHours(
  methods: readonly { timeLimit: { amount: number; unit: TimeUnit } }[],
): number | undefined {
  if (methods.length === 0) return undefined;
  return Math.min(...methods.map((m) => limitInHours(m.timeLimit.amount, m.timeLimit.unit)));
}

/** Hours to two decimals, so 0.1 + 0.2 reads as 0.3 as it does on the server. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** The sum of the steps' hours; a step still being typed (empty, not a number) counts as nothing yet. */
export function totalHours(hours: readonly number[]): number {
  return roundHours(hours.reduce((sum, h) => sum + (Number.isFinite(h) && h > 0 ? h : 0), 0));
}

export type TimeBudget = {
  total: number;
  limit: number;
  /** What publication accepts: the limit, but never less than one working day (same-day procedures). */
  allowed: number;
  over: boolean;
  /** Hours left to share out (negative when over). */
  remaining: number;
  /** total ÷ allowed, for the bar; may exceed 1. */
  ratio: number;
};

/** The steps' total against the legal limit, with the API's rule for publication. */
export function timeBudget(hours: readonly number[], limit: number): TimeBudget {
  const total = totalHours(hours);
  const allowed = Math.max(limit, 8);
  return {
    total,
    limit,
    allowed,
    over: total > allowed,
    remaining: roundHours(allowed - total),
    ratio: allowed > 0 ? total / allowed : 0,
  };
}

/** A step's share of the limit in whole per cent, for "12% thời hạn". */
export function shareOfLimit(hours: number, limit: number): number {
  if (!(limit > 0) || !Number.isFinite(hours)) return 0;
  return Math.round((hours / Math.max(limit, 8)) * 100);
}

/**
 * The standard six phases with the limit shared out the way the API's default workflow does: half a day for
 * each administrative step and the rest for processing; a short limit is scaled down.
 */
export function defaultSteps(limit: number): { name: string; phase: WorkflowPhase; allottedHours: number }[] {
  const short: Record<WorkflowPhase, number> = {
    intake: 4,
    assignment: 4,
    processing: 0,
    review: 4,
    signature: 4,
    return: 4,
  };
  const fixed = Object.values(short).reduce((a, b) => a + b, 0);
  const hours = Math.max(limit, 8);
  const scale = hours > fixed + 4 ? 1 : hours / (fixed + 8);
  const steps = WORKFLOW_PHASES.map((phase) => ({
    name: PHASE_LABELS[phase],
    phase,
    allottedHours: roundHours(short[phase] * scale),
  }));
  const used = steps.reduce((sum, s) => sum + s.allottedHours, 0);
  const processing = steps.find((s) => s.phase === 'processing');
  if (processing) processing.allottedHours = roundHours(hours - used);
  return steps;
}
