/** Query keys of the reporting screens, under one root so that an action refreshes what it changed. */
export const reportKeys = {
  all: ['reports'] as const,
  templates: () => ['reports', 'templates'] as const,
  periods: () => ['reports', 'periods'] as const,
  period: (id: string) => ['reports', 'period', id] as const,
  board: (periodId: string) => ['reports', 'board', periodId] as const,
  /** Every form of a period: one unit's action changes its superior's sums. */
  forms: (periodId: string) => ['reports', 'form', periodId] as const,
  form: (ref: FormRef) => ['reports', 'form', ref.periodId, ref.unitId, ref.templateId] as const,
  history: (ref: FormRef) => ['reports', 'history', ref.periodId, ref.unitId, ref.templateId] as const,
};

/** One unit's form in a period. */
export type FormRef = { periodId: string; unitId: string; templateId: string };

/** The form's address under /api/v1. */
export function formPath(ref: FormRef): string {
  return `/reports/periods/${encodeURIComponent(ref.periodId)}/units/${encodeURIComponent(ref.unitId)}/forms/${encodeURIComponent(ref.templateId)}`;
}
