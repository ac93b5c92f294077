import {
  CHANNELS,
  type Channel,
  type OnlineLevel,
  type ProcedureContent,
  type ProcedureInput,
  type ProcedureLevel,
  type TimeUnit,
} from '@motcua/shared';

/** A fixed amount in VND, or "set by the provincial People's Council" (stored as null). */
export type FeeMode = 'fixed' | 'council';

export type MethodFormValues = {
  channel: Channel;
  timeLimit: { amount: string; unit: TimeUnit };
  feeMode: FeeMode;
  feeVnd: string;
  feeText: string;
  note: string;
};

/** A template form (mẫu đơn, tờ khai) already uploaded: its file's id and the name the portal shows. */
export type TemplateFormValues = { id: string; name: string };

export type ComponentFormValues = {
  name: string;
  originals: string;
  copies: string;
  group: string;
  required: boolean;
  templates: TemplateFormValues[];
};

export type CaseFormValues = { name: string; components: ComponentFormValues[] };

/**
 * What the draft editor's inputs hold: text boxes hold strings (an empty box is ''), so numbers and nullable
 * texts are converted when the form is validated. The shape follows ProcedureInputSchema, so the schema's and
 * the server's error paths (`methods.0.timeLimit.amount`) name the form's fields unchanged.
 */
export type ProcedureFormValues = {
  code: string;
  name: string;
  field: string;
  levels: ProcedureLevel[];
  procedureType: string;
  publishingDecision: string;
  steps: string;
  methods: MethodFormValues[];
  cases: CaseFormValues[];
  applicants: string;
  agencies: { executing: string; competent: string; authorised: string; coordinating: string };
  results: { name: string; code: string }[];
  conditions: string;
  legalBases: { number: string; summary: string; date: string; issuer: string }[];
  onlineLevel: OnlineLevel;
  cutoffTime: string;
  /** Codes separated by commas or spaces. */
  relatedCodes: string;
};

export function emptyMethod(channel: Channel): MethodFormValues {
  return {
    channel,
    timeLimit: { amount: '', unit: 'working_days' },
    feeMode: 'fixed',
    feeVnd: '0',
    feeText: '',
    note: '',
  };
}

export function emptyComponent(): ComponentFormValues {
  return { name: '', originals: '1', copies: '0', group: '', required: true, templates: [] };
}

export function emptyCase(name = ''): CaseFormValues {
  return { name, components: [emptyComponent()] };
}

export function emptyResult() {
  return { name: '', code: '' };
}

export function emptyLegalBasis() {
  return { number: '', summary: '', date: '', issuer: '' };
}

/** A new procedure starts with one direct method and one case: what almost every procedure has. */
export function emptyProcedureForm(): ProcedureFormValues {
  return {
    code: '',
    name: '',
    field: '',
    levels: [],
    procedureType: '',
    publishingDecision: '',
    steps: '',
    methods: [emptyMethod('direct')],
    cases: [emptyCase('Trường hợp chung')],
    applicants: '',
    agencies: { executing: '', competent: '', authorised: '', coordinating: '' },
    results: [],
    conditions: '',
    legalBases: [],
    onlineLevel: 'none',
    cutoffTime: '',
    relatedCodes: '',
  };
}

/** The channel a new method row starts on: the first one not declared yet. */
export function nextChannel(methods: readonly { channel: Channel }[]): Channel | undefined {
  return CHANNELS.find((channel) => !methods.some((m) => m.channel === channel));
}

const text = (value: string | null | undefined) => value ?? '';

export function procedureToForm(p: ProcedureContent): ProcedureFormValues {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    levels: [...p.levels],
    procedureType: text(p.procedureType),
    publishingDecision: text(p.publishingDecision),
    steps: text(p.steps),
    methods: p.methods.map((m) => ({
      channel: m.channel,
      timeLimit: { amount: String(m.timeLimit.amount), unit: m.timeLimit.unit },
      feeMode: m.feeVnd === null ? 'council' : 'fixed',
      feeVnd: m.feeVnd === null ? '' : String(m.feeVnd),
      feeText: text(m.feeText),
      note: text(m.note),
    })),
    cases: p.cases.map((c) => ({
      name: c.name,
      components: c.components.map((k) => ({
        name: k.name,
        originals: String(k.originals),
        copies: String(k.copies),
        group: text(k.group),
        required: k.required,
        templates: k.templates.map((template) => ({ id: template.id, name: template.name })),
      })),
    })),
    applicants: text(p.applicants),
    agencies: {
      executing: p.agencies.executing,
      competent: text(p.agencies.competent),
      authorised: text(p.agencies.authorised),
      coordinating: text(p.agencies.coordinating),
    },
    results: p.results.map((r) => ({ name: r.name, code: text(r.code) })),
    conditions: text(p.conditions),
    legalBases: p.legalBases.map((b) => ({
      number: b.number,
      summary: text(b.summary),
      date: text(b.date),
      issuer: text(b.issuer),
    })),
    onlineLevel: p.onlineLevel,
    cutoffTime: text(p.cutoffTime),
    relatedCodes: p.relatedCodes.join(', '),
  };
}

/** '' → null: the API stores an optional text left empty as "not set". */
function optional(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** '' → NaN rather than 0 (what Number('') gives), so an empty box is reported instead of saved as zero. */
function numberFrom(value: string): number {
  const trimmed = value.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** The request body the schema validates and the API takes. */
export function formToProcedureInput(v: ProcedureFormValues): ProcedureInput {
  return {
    code: v.code.trim(),
    name: v.name,
    field: v.field,
    // An unticked checkbox group arrives as false from react-hook-form.
    levels: Array.isArray(v.levels) ? v.levels : [],
    procedureType: optional(v.procedureType),
    publishingDecision: optional(v.publishingDecision),
    steps: optional(v.steps),
    methods: v.methods.map((m) => ({
      channel: m.channel,
      timeLimit: { amount: numberFrom(m.timeLimit.amount), unit: m.timeLimit.unit },
      feeVnd: m.feeMode === 'council' ? null : numberFrom(m.feeVnd),
      feeText: optional(m.feeText),
      note: optional(m.note),
    })),
    cases: v.cases.map((c) => ({
      name: c.name,
      components: c.components.map((k) => ({
        name: k.name,
        originals: numberFrom(k.originals),
        copies: numberFrom(k.copies),
        group: optional(k.group),
        required: k.required,
        templates: k.templates.map((template) => ({ id: template.id, name: template.name })),
      })),
    })),
    applicants: optional(v.applicants),
    agencies: {
      executing: v.agencies.executing,
      competent: optional(v.agencies.competent),
      authorised: optional(v.agencies.authorised),
      coordinating: optional(v.agencies.coordinating),
    },
    results: v.results.map((r) => ({ name: r.name, code: optional(r.code) })),
    conditions: optional(v.conditions),
    legalBases: v.legalBases.map((b) => ({
      number: b.number,
      summary: optional(b.summary),
      date: optional(b.date),
      issuer: optional(b.issuer),
    })),
    onlineLevel: v.onlineLevel,
    cutoffTime: optional(v.cutoffTime),
    relatedCodes: v.relatedCodes
      .split(/[\s,;]+/)
      .map((code) => code.trim())
      .filter(Boolean),
  };
}
