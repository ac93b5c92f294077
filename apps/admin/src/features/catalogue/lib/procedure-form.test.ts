import { ProcedureInputSchema, type ProcedureContent } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  emptyMethod,
  emptyProcedureForm,
  formToProcedureInput,
  nextChannel,
  procedureToForm,
} from './procedure-form';

function filledForm() {
  const form = emptyProcedureForm();
  form.code = ' 9.100100 ';
  form.name = 'Thủ tục thử nghiệm';
  form.field = 'Hộ tịch';
  form.levels = ['commune'];
  form.agencies.executing = 'UBND cấp xã';
  const [method] = form.methods;
  if (method) method.timeLimit.amount = '5';
  const component = form.cases[0]?.components[0];
  if (component) component.name = 'Tờ khai';
  return form;
}

describe('procedure form ↔ request body', () => {
  it('turns a filled form into a body the shared schema accepts', () => {
    const input = formToProcedureInput(filledForm());
    const parsed = ProcedureInputSchema.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(input.code).toBe('9.100100');
    expect(input.methods[0]).toEqual({
      channel: 'direct',
      timeLimit: { amount: 5, unit: 'working_days' },
      feeVnd: 0,
      feeText: null,
      note: null,
    });
    expect(input.procedureType).toBeNull();
  });

  it('sends a fee set by the provincial council as null, whatever the amount box holds', () => {
    const form = filledForm();
    const [method] = form.methods;
    if (!method) throw new Error('no method');
    method.feeMode = 'council';
    method.feeVnd = '50000';
    expect(formToProcedureInput(form).methods[0]?.feeVnd).toBeNull();
  });

  it('reports an empty time limit instead of saving it as zero days', () => {
    const form = filledForm();
    const [method] = form.methods;
    if (!method) throw new Error('no method');
    method.timeLimit.amount = '';
    const parsed = ProcedureInputSchema.safeParse(formToProcedureInput(form));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['methods', 0, 'timeLimit', 'amount']);
  });

  it('splits related codes on commas and spaces, and an unticked level group is no level', () => {
    const form = filledForm();
    form.relatedCodes = '1.001193, 1.004222  2.000635';
    (form as unknown as { levels: unknown }).levels = false;
    const input = formToProcedureInput(form);
    expect(input.relatedCodes).toEqual(['1.001193', '1.004222', '2.000635']);
    expect(input.levels).toEqual([]);
  });

  it('round-trips a stored version through the form', () => {
    const stored = ProcedureInputSchema.parse(formToProcedureInput(filledForm())) as ProcedureContent;
    stored.methods.push({
      channel: 'online',
      timeLimit: { amount: 3, unit: 'working_days' },
      feeVnd: null,
      feeText: 'Theo Nghị quyết của HĐND tỉnh',
      note: null,
    });
    stored.legalBases.push({ number: '87/2015/QH13', summary: null, date: '2015-11-20', issuer: 'Quốc hội' });
    const component = stored.cases[0]?.components[0];
    if (!component) throw new Error('no component');
    component.templates = [
      { id: '0b7e6c1e-5f0a-4d36-9f8e-2d5b7c1a9e10', name: 'Tờ khai đăng ký khai sinh.docx' },
    ];
    const again = ProcedureInputSchema.parse(formToProcedureInput(procedureToForm(stored)));
    expect(again).toEqual(stored);
    expect(procedureToForm(stored).methods[1]?.feeMode).toBe('council');
    expect(again.cases[0]?.components[0]?.templates).toEqual(component.templates);
  });

  it('starts a new component without template forms and sends them as an empty list', () => {
    const input = formToProcedureInput(filledForm());
    expect(input.cases[0]?.components[0]?.templates).toEqual([]);
  });

  it('offers the next channel not declared yet, none when all three are', () => {
    expect(nextChannel([emptyMethod('direct')])).toBe('online');
    expect(nextChannel([emptyMethod('online'), emptyMethod('direct')])).toBe('postal');
    expect(
      nextChannel([emptyMethod('online'), emptyMethod('direct'), emptyMethod('postal')]),
    ).toBeUndefined();
  });
});
