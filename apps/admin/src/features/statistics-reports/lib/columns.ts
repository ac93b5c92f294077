import { CRITERIA, type Criterion } from '@motcua/shared';

/** The criteria in the builder's checkbox groups; every criterion sits in exactly one. */
export const CRITERION_GROUPS = {
  dossier: ['code', 'procedure_code', 'procedure_name', 'field', 'case_name', 'state', 'current_step'],
  applicant: ['applicant_name', 'applicant_id_number', 'applicant_address', 'applicant_phone'],
  handling: ['channel', 'receiving_unit', 'current_unit', 'handler', 'supplement_count', 'extended'],
  time: ['received_at', 'due_at', 'finished_at', 'returned_at', 'days_taken', 'result'],
  outcome: ['result_method', 'refusal_reason', 'fee_vnd', 'paid', 'paid_at', 'satisfaction'],
} as const satisfies Record<string, readonly Criterion[]>;
export type CriterionGroup = keyof typeof CRITERION_GROUPS;

/** Ticking a criterion adds it last; unticking removes it and keeps the others' order. */
export function toggleColumn(columns: readonly Criterion[], criterion: Criterion): Criterion[] {
  return columns.includes(criterion) ? columns.filter((c) => c !== criterion) : [...columns, criterion];
}

/** Moves the column at `index` one place up (-1) or down (+1); at either end nothing moves. */
export function moveColumn(columns: readonly Criterion[], index: number, delta: -1 | 1): Criterion[] {
  const target = index + delta;
  const moved = [...columns];
  const a = moved[index];
  const b = moved[target];
  if (a === undefined || b === undefined) return moved;
  moved[index] = b;
  moved[target] = a;
  return moved;
}

/** Ticks a whole group (those not yet chosen go last, in the group's order), or unticks it when all are chosen. */
export function toggleGroup(columns: readonly Criterion[], group: readonly Criterion[]): Criterion[] {
  const all = group.every((c) => columns.includes(c));
  return all
    ? columns.filter((c) => !group.includes(c))
    : [...columns, ...group.filter((c) => !columns.includes(c))];
}

/** Keeps the known criteria, once each, in the given order (a saved report from an older version). */
export function cleanColumns(columns: readonly string[]): Criterion[] {
  const known = columns.filter((c): c is Criterion => (CRITERIA as readonly string[]).includes(c));
  return known.filter((c, i) => known.indexOf(c) === i);
}
