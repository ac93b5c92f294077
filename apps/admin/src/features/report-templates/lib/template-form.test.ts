import { ReportTemplateCreateSchema, SHIPPED_REPORT_FORMS, type ReportDefinition } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  emptyColumn,
  emptyRule,
  emptyTemplateForm,
  formToCreate,
  metricMismatch,
  printedNumber,
  removeColumn,
  suggestKey,
  templateIssues,
  templateToForm,
  type ColumnFormValues,
  type TemplateFormValues,
} from './template-form';
import { t } from './texts';

const v = t.validation;

function shipped(code: string) {
  const form = SHIPPED_REPORT_FORMS.find((f) => f.code === code);
  if (!form) throw new Error(`no shipped form ${code}`);
  return { ...form, definition: form.definition as ReportDefinition };
}

function column(values: Partial<ColumnFormValues>): ColumnFormValues {
  return { ...emptyColumn(), ...values };
}

/** A small valid form: a total (3) of two entered columns (4) and (5). */
function small(): TemplateFormValues {
  const a = column({ key: 'a', label: 'Trực tuyến' });
  const b = column({ key: 'b', label: 'Trực tiếp' });
  const total = column({ key: 'total', label: 'Tổng số', kind: 'computed', sumOf: [a.uid, b.uid] });
  return {
    code: 'TEST/01',
    name: 'Biểu thử nghiệm',
    definition: { rowSource: 'fields', columns: [total, a, b], rules: [] },
  };
}

function issuesAt(values: TemplateFormValues, taken: string[] = []) {
  return Object.fromEntries(templateIssues(values, taken).map((i) => [i.path, i.message]));
}

describe('a stored version in the editor and back', () => {
  it.each(SHIPPED_REPORT_FORMS.map((f) => f.code))('keeps %s as it was, with no issue', (code) => {
    const form = shipped(code);
    const values = templateToForm(form);
    expect(templateIssues(values)).toEqual([]);
    const body = formToCreate(values);
    expect(ReportTemplateCreateSchema.safeParse(body).success).toBe(true);
    expect(body.definition.columns).toEqual(form.definition.columns);
    // The edited rules come first, so that the API's `rules.N` is the editor's rule N; "≥ 0" is always kept.
    const atMost = form.definition.rules.filter((r) => r.kind === 'at_most');
    expect(body.definition.rules).toEqual([...atMost, { kind: 'non_negative' }]);
  });

  it('follows a renamed key into the totals and rules that use the column', () => {
    const values = templateToForm(shipped('06/VPCP/KSTT'));
    const received = values.definition.columns.find((c) => c.key === 'received_total');
    if (!received) throw new Error('no received_total');
    received.key = 'nhan_tong';
    const body = formToCreate(values);
    expect(body.definition.rules[0]).toMatchObject({ left: 'resolved_total', right: ['nhan_tong'] });
    expect(body.definition.columns[0]?.key).toBe('nhan_tong');
  });

  it('sends only what the chosen kind uses, trims and leaves a blank group out', () => {
    const values = small();
    const [total, a] = values.definition.columns;
    if (!total || !a) throw new Error('columns missing');
    a.metric = 'received_online'; // chosen once, then the column went back to being typed
    a.group = '  ';
    a.label = '  Trực   tuyến ';
    total.kind = 'metric';
    total.metric = 'carried_over';
    const body = formToCreate(values);
    expect(body.definition.columns[0]).toMatchObject({ sumOf: null, metric: 'carried_over' });
    expect(body.definition.columns[1]).toEqual({
      key: 'a',
      label: 'Trực tuyến',
      group: null,
      sumOf: null,
      metric: null,
    });
  });

  it('starts a new form with one empty typed column and no rule', () => {
    const values = emptyTemplateForm();
    expect(values.definition.columns).toHaveLength(1);
    expect(values.definition.columns[0]).toMatchObject({ key: '', kind: 'entered' });
    expect(values.definition.rules).toEqual([]);
  });
});

describe('templateIssues', () => {
  it('accepts a well formed form', () => {
    expect(templateIssues(small())).toEqual([]);
  });

  it('names the code and the name that are missing or too short', () => {
    const values = small();
    values.code = ' ';
    values.name = 'Biểu';
    expect(issuesAt(values)).toMatchObject({ code: v.codeRequired, name: v.nameShort });
    values.code = 'X';
    expect(issuesAt(values).code).toBe(v.codeLength);
  });

  it('refuses a new form the code of an existing one', () => {
    expect(issuesAt(small(), ['TEST/01']).code).toBe(v.codeTaken);
    expect(issuesAt(small(), ['06/VPCP/KSTT']).code).toBeUndefined();
  });

  it('checks every key against the pattern the API uses, and its length', () => {
    for (const [key, message] of [
      ['', v.keyRequired],
      ['Tong', v.keyFormat],
      ['1_tong', v.keyFormat],
      ['tổng', v.keyFormat],
      ['tong-so', v.keyFormat],
      [`a${'b'.repeat(60)}`, v.keyLong],
    ] as const) {
      const values = small();
      const first = values.definition.columns[0];
      if (!first) throw new Error('no column');
      first.key = key;
      expect(issuesAt(values)['definition.columns.0.key'], key).toBe(message);
    }
  });

  it('flags a repeated key on the later column, naming the first by its printed number', () => {
    const values = small();
    values.definition.columns.push(column({ key: ' a ', label: 'Khác' }));
    expect(issuesAt(values)).toEqual({ 'definition.columns.3.key': v.keyDuplicate(4) });
  });

  it('wants a label, a chosen metric and at least one column in a total', () => {
    const values = small();
    values.definition.columns.push(
      column({ key: 'c', label: ' ', kind: 'metric' }),
      column({ key: 'd', label: 'Tổng khác', kind: 'computed' }),
    );
    expect(issuesAt(values)).toEqual({
      'definition.columns.3.label': v.labelRequired,
      'definition.columns.3.metric': v.metricRequired,
      'definition.columns.4.sumOf': v.sumRequired,
    });
  });

  it('wants a total to come after any total it builds on, as computeRow fills them in order', () => {
    const values = small();
    const [total] = values.definition.columns;
    if (!total) throw new Error('no total');
    const grand = column({ key: 'grand', label: 'Tổng cộng', kind: 'computed', sumOf: [total.uid] });
    values.definition.columns.unshift(grand);
    expect(issuesAt(values)).toEqual({ 'definition.columns.0.sumOf': v.sumLaterTotal(printedNumber(1)) });
    // After the total it sums, it is fine; a typed column later on is always fine.
    values.definition.columns.push(values.definition.columns.shift() as ColumnFormValues);
    expect(templateIssues(values)).toEqual([]);
  });

  it('asks for no columns at all to be fixed at the list', () => {
    const values = small();
    values.definition.columns = [];
    expect(issuesAt(values)).toEqual({ 'definition.columns.root': v.noColumns });
  });

  it('checks each rule: a column, others to compare with, and a message', () => {
    const values = small();
    const [total, a] = values.definition.columns;
    if (!total || !a) throw new Error('columns missing');
    values.definition.rules = [
      { ...emptyRule(), left: '', right: [], text: ' ' },
      { ...emptyRule(), left: a.uid, right: [a.uid, total.uid], text: 'Không hợp lệ' },
      { ...emptyRule(), left: a.uid, right: [total.uid], text: 'Số trực tuyến không lớn hơn tổng' },
    ];
    expect(issuesAt(values)).toEqual({
      'definition.rules.0.left': v.ruleLeftRequired,
      'definition.rules.0.right': v.ruleRightRequired,
      'definition.rules.0.text': v.ruleMessageRequired,
      'definition.rules.1.right': v.ruleSelf,
    });
  });
});

describe('removeColumn', () => {
  it('drops the column from the totals and rules that named it, and counts them', () => {
    const values = small();
    const [total, a, b] = values.definition.columns;
    if (!total || !a || !b) throw new Error('columns missing');
    values.definition.rules = [
      { ...emptyRule(), left: a.uid, right: [total.uid], text: 'A ≤ tổng' },
      { ...emptyRule(), left: total.uid, right: [b.uid], text: 'Tổng ≤ B' },
    ];
    const { definition, references } = removeColumn(values.definition, 1);
    expect(references).toBe(2);
    expect(definition.columns.map((c) => c.key)).toEqual(['total', 'b']);
    expect(definition.columns[0]?.sumOf).toEqual([b.uid]);
    expect(definition.rules[0]).toMatchObject({ left: '', right: [total.uid] });
    expect(definition.rules[1]).toMatchObject({ left: total.uid, right: [b.uid] });
    // The rule left without its column is then reported, not silently dropped.
    expect(issuesAt({ ...values, definition })['definition.rules.0.left']).toBe(v.ruleLeftRequired);
  });
});

describe('suggestKey', () => {
  it('folds Vietnamese, including đ, into a key the API takes', () => {
    expect(suggestKey('Trực tuyến', [])).toBe('truc_tuyen');
    expect(suggestKey('Đúng hạn', [])).toBe('dung_han');
    expect(suggestKey('Trực tiếp, dịch vụ bưu chính', [])).toBe('truc_tiep_dich_vu_buu_chinh');
    expect(suggestKey('06 Tổng số', [])).toBe('tong_so');
    expect(suggestKey('***', [])).toBe('cot');
  });

  it('numbers a key already taken', () => {
    expect(suggestKey('Tổng số', ['tong_so', 'tong_so_2'])).toBe('tong_so_3');
  });

  it('stays within the length the API takes', () => {
    expect(suggestKey('Số '.repeat(40), []).length).toBeLessThanOrEqual(60);
  });
});

describe('metricMismatch', () => {
  it('warns of dossier figures on a form by unit and feedback figures on a form by field', () => {
    expect(metricMismatch('received_online', 'fields')).toBe(false);
    expect(metricMismatch('received_online', 'units')).toBe(true);
    expect(metricMismatch('feedback_received', 'units')).toBe(false);
    expect(metricMismatch('feedback_received', 'levels')).toBe(true);
    expect(metricMismatch('', 'units')).toBe(false);
  });
});
