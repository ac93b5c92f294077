import {
  PERIOD_KIND_LABELS,
  periodWindow,
  type PeriodCreate,
  type PeriodKind,
  type ReportTemplate,
} from '@motcua/shared';

/** What the period dialog's inputs hold: the year is typed as text until it is sent. */
export type PeriodFormValues = {
  name: string;
  kind: PeriodKind;
  year: string;
  from: string;
  to: string;
  entryDeadline: string;
  templateIds: string[];
};

const YEAR = /^\d{4}$/;

/** "Quý IV" → "quý IV": the numeral keeps its capitals. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);
}

function yearOf(text: string): number | null {
  const trimmed = text.trim();
  if (!YEAR.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** The usual window of a kind in a year (15th to 14th), or null for a custom period or a year not yet typed. */
export function windowOf(kind: PeriodKind, year: string): { from: string; to: string } | null {
  const y = yearOf(year);
  if (kind === 'custom' || y === null) return null;
  return periodWindow(kind, y);
}

/** "Báo cáo quý III năm 2026", "Báo cáo 6 tháng năm 2026", "Báo cáo năm 2026"; nothing to suggest for a custom one. */
export function suggestedName(kind: PeriodKind, year: string): string {
  const y = yearOf(year);
  if (kind === 'custom' || y === null) return '';
  if (kind === 'year') return `Báo cáo năm ${y}`;
  return `Báo cáo ${lowerFirst(PERIOD_KIND_LABELS[kind])} năm ${y}`;
}

/**
 * The quarter whose window holds `today` (YYYY-MM-DD): 15/12 starts the first quarter of the next year. A new period
 * is usually the one under way, so the dialog opens on it.
 */
export function currentQuarter(today: string): { kind: Exclude<PeriodKind, 'custom'>; year: number } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // Shift by the 15th: 15/03 belongs to the second quarter, 14/03 still to the first.
  const month = d >= 15 ? m + 1 : m;
  if (month > 12) return { kind: 'q1', year: y + 1 };
  const quarter = Math.ceil(month / 3);
  const kinds = ['q1', 'q2', 'q3', 'q4'] as const;
  return { kind: kinds[quarter - 1] ?? 'q1', year: y };
}

/**
 * The kind or the year changed: the window follows it, and so does the name unless the officer typed their own. A
 * custom period keeps the dates already there, to be edited freely.
 */
export function followKind(
  values: Pick<PeriodFormValues, 'name' | 'kind' | 'year' | 'from' | 'to'>,
  next: { kind: PeriodKind; year: string },
): Pick<PeriodFormValues, 'name' | 'from' | 'to'> {
  const window = windowOf(next.kind, next.year);
  const typedOwnName = values.name.trim() !== '' && values.name !== suggestedName(values.kind, values.year);
  return {
    name: typedOwnName ? values.name : suggestedName(next.kind, next.year) || values.name,
    from: window?.from ?? values.from,
    to: window?.to ?? values.to,
  };
}

export function emptyPeriodForm(today: string): PeriodFormValues {
  const { kind, year } = currentQuarter(today);
  const window = periodWindow(kind, year);
  return {
    name: suggestedName(kind, String(year)),
    kind,
    year: String(year),
    from: window.from,
    to: window.to,
    entryDeadline: '',
    templateIds: [],
  };
}

/** The request body; a year that is not a number is sent as NaN so that the shared schema names the field. */
export function toPeriodCreate(values: PeriodFormValues): PeriodCreate {
  const year = values.year.trim();
  return {
    name: values.name,
    kind: values.kind,
    year: YEAR.test(year) ? Number(year) : Number.NaN,
    from: values.from,
    to: values.to,
    entryDeadline: values.entryDeadline,
    templateIds: values.templateIds,
  };
}

/** The latest version of each form code, in the order the codes first appear: a new period uses no retired version. */
export function latestTemplates(templates: readonly ReportTemplate[]): ReportTemplate[] {
  const latest = new Map<string, ReportTemplate>();
  for (const template of templates) {
    const known = latest.get(template.code);
    if (!known || template.versionNo > known.versionNo) latest.set(template.code, template);
  }
  return [...latest.values()];
}
