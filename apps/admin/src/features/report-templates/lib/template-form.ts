import {
  foldVietnamese,
  normalizeText,
  REPORT_METRICS,
  type ReportDefinition,
  type ReportMetric,
  type ReportRowSource,
  type ReportTemplateCreateSchema,
} from '@motcua/shared';
import type { z } from 'zod';
import { t } from './texts';

/** The request body before the shared schema normalises it (every part spelled out, rules included). */
export type ReportTemplateCreate = z.input<typeof ReportTemplateCreateSchema> & {
  definition: ReportDefinition;
};

/** How a column gets its figure: typed, pre-filled from a system metric, or summed from other columns. */
export type ColumnKind = 'entered' | 'metric' | 'computed';

/**
 * A column as the editor holds it. `uid` names the column inside the editor only: totals and rules point at
 * columns by uid, so renaming a key or reordering never breaks them; keys are put in when the body is built.
 */
export type ColumnFormValues = {
  uid: string;
  key: string;
  label: string;
  group: string;
  kind: ColumnKind;
  /** '' while none is chosen; kept when the kind changes so that switching back restores it. */
  metric: string;
  /** The uids of the columns summed, in the order they were ticked. */
  sumOf: string[];
};

/**
 * An `at_most` rule: `left` ≤ the sum of `right` (both uids). Its message is held as `text`: a field called
 * `message` would be mistaken by react-hook-form for the error message of the rule as a whole.
 */
export type RuleFormValues = { uid: string; left: string; right: string[]; text: string };

/**
 * The editor's values. The shape follows ReportTemplateCreateSchema, so the API's error paths
 * (`body.definition.columns.3.sumOf.0`) name the editor's fields.
 */
export type TemplateFormValues = {
  code: string;
  name: string;
  definition: {
    rowSource: ReportRowSource;
    columns: ColumnFormValues[];
    /** Only `at_most` rules are edited; "every cell ≥ 0" is always part of a form. */
    rules: RuleFormValues[];
  };
};

export type Issue = { path: string; message: string };

export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
/** A form's figures are stored per column key, and the API takes keys of at most 60 characters there. */
export const KEY_MAX = 60;

/** Before the figures, a printed form has (1) "STT" and (2) the row's name: the first figure column is (3). */
export const LEADING_COLUMNS = 2;

/** The number a column is printed with (and called by, in messages), from its position among the figures. */
export function printedNumber(index: number): number {
  return index + 1 + LEADING_COLUMNS;
}

let lastUid = 0;

/** An id for a new column or rule, unique for the page's life (no crypto needed: never leaves the editor). */
export function newUid(): string {
  lastUid += 1;
  return `u${lastUid}`;
}

export function emptyColumn(): ColumnFormValues {
  return { uid: newUid(), key: '', label: '', group: '', kind: 'entered', metric: '', sumOf: [] };
}

export function emptyRule(): RuleFormValues {
  return { uid: newUid(), left: '', right: [], text: '' };
}

export function emptyTemplateForm(): TemplateFormValues {
  return { code: '', name: '', definition: { rowSource: 'fields', columns: [emptyColumn()], rules: [] } };
}

export function columnKind(column: { sumOf: readonly string[] | null; metric: string | null }): ColumnKind {
  if (column.sumOf) return 'computed';
  return column.metric ? 'metric' : 'entered';
}

/** A stored version as the editor's starting point (the code is kept: saving makes its next version). */
export function templateToForm(template: {
  code: string;
  name: string;
  definition: ReportDefinition;
}): TemplateFormValues {
  const uids = new Map(template.definition.columns.map((c) => [c.key, newUid()]));
  const uidOf = (key: string) => uids.get(key);
  const known = (uid: string | undefined): uid is string => uid !== undefined;
  return {
    code: template.code,
    name: template.name,
    definition: {
      rowSource: template.definition.rowSource,
      columns: template.definition.columns.map((c) => ({
        uid: uidOf(c.key) ?? newUid(),
        key: c.key,
        label: c.label,
        group: c.group ?? '',
        kind: columnKind(c),
        metric: c.metric ?? '',
        sumOf: (c.sumOf ?? [])
          .filter((k) => k !== c.key)
          .map(uidOf)
          .filter(known),
      })),
      rules: template.definition.rules.flatMap((r) =>
        r.kind === 'at_most'
          ? [
              {
                uid: newUid(),
                left: uidOf(r.left) ?? '',
                right: r.right.map(uidOf).filter(known),
                text: r.message,
              },
            ]
          : [],
      ),
    },
  };
}

function keysByUid(columns: readonly ColumnFormValues[]): Map<string, string> {
  return new Map(columns.map((c) => [c.uid, c.key.trim()]));
}

/**
 * The request body. The `at_most` rules come first, in the editor's order, so that the API's `rules.N` is the
 * editor's rule N; "every cell ≥ 0" follows.
 */
export function formToCreate(values: TemplateFormValues): ReportTemplateCreate {
  const keys = keysByUid(values.definition.columns);
  const keysOf = (uids: readonly string[]) =>
    uids.flatMap((uid) => {
      const key = keys.get(uid);
      return key === undefined ? [] : [key];
    });
  return {
    code: values.code.trim(),
    name: values.name,
    definition: {
      rowSource: values.definition.rowSource,
      columns: values.definition.columns.map((c) => ({
        key: c.key.trim(),
        label: normalizeText(c.label),
        group: normalizeText(c.group) || null,
        sumOf: c.kind === 'computed' ? keysOf(c.sumOf) : null,
        metric: c.kind === 'metric' ? c.metric : null,
      })),
      rules: [
        ...values.definition.rules.map((r) => ({
          kind: 'at_most' as const,
          left: keys.get(r.left) ?? '',
          right: keysOf(r.right),
          message: normalizeText(r.text),
        })),
        { kind: 'non_negative' as const },
      ],
    },
  };
}

/** Which row source a metric is computed for (the API fills dossier figures per field, feedback per unit). */
export function metricRowSource(metric: ReportMetric): ReportRowSource {
  return metric.startsWith('feedback_') ? 'units' : 'fields';
}

export function isMetric(value: string): value is ReportMetric {
  return (REPORT_METRICS as readonly string[]).includes(value);
}

/** A metric the API will never fill on a form with these rows: worth a warning, not a refusal. */
export function metricMismatch(metric: string, rowSource: ReportRowSource): boolean {
  return isMetric(metric) && metricRowSource(metric) !== rowSource;
}

/** A key proposed from the column's label: "Trực tuyến" → truc_tuyen, unique among the others. */
export function suggestKey(label: string, taken: readonly string[]): string {
  const base =
    foldVietnamese(label)
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+/, '')
      .replace(/_+$/, '')
      .slice(0, KEY_MAX - 4)
      .replace(/_+$/, '') || 'cot';
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** Removes a column and every reference to it (totals, rules); says how many of those it touched. */
export function removeColumn(
  definition: TemplateFormValues['definition'],
  index: number,
): { definition: TemplateFormValues['definition']; references: number } {
  const removed = definition.columns[index];
  if (!removed) return { definition, references: 0 };
  let references = 0;
  const columns = definition.columns
    .filter((_, i) => i !== index)
    .map((c) => {
      if (!c.sumOf.includes(removed.uid)) return c;
      references += 1;
      return { ...c, sumOf: c.sumOf.filter((uid) => uid !== removed.uid) };
    });
  const rules = definition.rules.map((r) => {
    if (r.left !== removed.uid && !r.right.includes(removed.uid)) return r;
    references += 1;
    return {
      ...r,
      left: r.left === removed.uid ? '' : r.left,
      right: r.right.filter((uid) => uid !== removed.uid),
    };
  });
  return { definition: { ...definition, columns, rules }, references };
}

function codeIssues(values: TemplateFormValues, takenCodes: readonly string[]): Issue[] {
  const code = values.code.trim();
  if (code === '') return [{ path: 'code', message: t.validation.codeRequired }];
  if (code.length < 2 || code.length > 40) return [{ path: 'code', message: t.validation.codeLength }];
  if (takenCodes.includes(code)) return [{ path: 'code', message: t.validation.codeTaken }];
  return [];
}

function nameIssues(values: TemplateFormValues): Issue[] {
  const name = normalizeText(values.name);
  if (name === '') return [{ path: 'name', message: t.validation.nameRequired }];
  if (name.length < 5) return [{ path: 'name', message: t.validation.nameShort }];
  if (name.length > 300) return [{ path: 'name', message: t.validation.nameLong }];
  return [];
}

function keyIssue(key: string, firstIndex: number, index: number): string | undefined {
  if (key === '') return t.validation.keyRequired;
  if (!KEY_PATTERN.test(key)) return t.validation.keyFormat;
  if (key.length > KEY_MAX) return t.validation.keyLong;
  if (firstIndex !== index) return t.validation.keyDuplicate(printedNumber(firstIndex));
  return undefined;
}

function sumIssue(columns: readonly ColumnFormValues[], index: number): string | undefined {
  const column = columns[index];
  if (!column || column.kind !== 'computed') return undefined;
  const parts = column.sumOf.filter((uid) => uid !== column.uid && columns.some((c) => c.uid === uid));
  if (parts.length === 0) return t.validation.sumRequired;
  // computeRow fills totals in column order: a total built on a later total would read it before it is filled.
  const later = columns.findIndex((c, i) => i > index && c.kind === 'computed' && parts.includes(c.uid));
  return later >= 0 ? t.validation.sumLaterTotal(printedNumber(later)) : undefined;
}

function columnIssues(columns: readonly ColumnFormValues[]): Issue[] {
  if (columns.length === 0) return [{ path: 'definition.columns.root', message: t.validation.noColumns }];
  const issues: Issue[] = [];
  const keys = columns.map((c) => c.key.trim());
  columns.forEach((column, index) => {
    const at = `definition.columns.${index}`;
    const key = keys[index] ?? '';
    const keyMessage = keyIssue(key, keys.indexOf(key), index);
    if (keyMessage) issues.push({ path: `${at}.key`, message: keyMessage });
    if (normalizeText(column.label) === '') {
      issues.push({ path: `${at}.label`, message: t.validation.labelRequired });
    }
    if (column.kind === 'metric' && !isMetric(column.metric)) {
      issues.push({ path: `${at}.metric`, message: t.validation.metricRequired });
    }
    const sumMessage = sumIssue(columns, index);
    if (sumMessage) issues.push({ path: `${at}.sumOf`, message: sumMessage });
  });
  return issues;
}

function ruleIssues(values: TemplateFormValues): Issue[] {
  const uids = new Set(values.definition.columns.map((c) => c.uid));
  const issues: Issue[] = [];
  values.definition.rules.forEach((rule, index) => {
    const at = `definition.rules.${index}`;
    const right = rule.right.filter((uid) => uids.has(uid));
    if (!uids.has(rule.left)) issues.push({ path: `${at}.left`, message: t.validation.ruleLeftRequired });
    if (right.length === 0) issues.push({ path: `${at}.right`, message: t.validation.ruleRightRequired });
    else if (right.includes(rule.left)) issues.push({ path: `${at}.right`, message: t.validation.ruleSelf });
    if (normalizeText(rule.text) === '') {
      issues.push({ path: `${at}.text`, message: t.validation.ruleMessageRequired });
    }
  });
  return issues;
}

/**
 * What stops the form from being saved, field by field, in the order the fields appear. Mirrors the API's checks
 * (keys unique and well formed, totals naming other columns and coming after the totals they build on, rules
 * naming columns) and adds the ones a person needs before the API would object: a label, a chosen metric, a
 * total of something. `takenCodes`: the codes a new form may not reuse.
 */
export function templateIssues(values: TemplateFormValues, takenCodes: readonly string[] = []): Issue[] {
  return [
    ...codeIssues(values, takenCodes),
    ...nameIssues(values),
    ...columnIssues(values.definition.columns),
    ...ruleIssues(values),
  ];
}
