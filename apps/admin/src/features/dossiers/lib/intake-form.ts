import { zodResolver } from '@hookform/resolvers/zod';
import {
  ComponentCheckSchema,
  CounterIntakeSchema,
  type Channel,
  type Component,
  type CounterIntake,
  type ResultMethod,
} from '@motcua/shared';
import type { FieldPath, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { texts } from '../../../config/i18n';
import { blankToNull, preparedResolver } from '../../../lib/form-resolver';

/** How a document was handed in, in the contract's order: original, certified copy, photocopy, electronic. */
export const COMPONENT_FORMS = ComponentCheckSchema.shape.form.unwrap().options;
export type ComponentForm = (typeof COMPONENT_FORMS)[number];

/** Channels an officer records at the counter; online dossiers arrive through the portal. */
export const COUNTER_CHANNELS = ['direct', 'postal'] as const satisfies readonly Channel[];

type PersonValues = {
  fullName: string;
  identificationNumber: string;
  dateOfBirth: string;
  address: string;
  phone: string;
  email: string;
};

/** What the intake form's inputs hold: text boxes hold '', the select holds a string. */
export type IntakeFormValues = {
  procedureCode: string;
  caseIndex: string;
  channel: Channel;
  /** One entry per document of the chosen case; `required` comes from the catalogue and is not sent. */
  components: { provided: boolean; form: ComponentForm; required: boolean }[];
  applicant: PersonValues;
  hasAuthorisedPerson: boolean;
  authorisedPerson: PersonValues;
  sets: string;
  resultMethod: ResultMethod;
  note: string;
};

export type IntakeOutput = z.output<typeof CounterIntakeSchema>;

export function emptyPerson(): PersonValues {
  return { fullName: '', identificationNumber: '', dateOfBirth: '', address: '', phone: '', email: '' };
}

export function emptyIntake(): IntakeFormValues {
  return {
    procedureCode: '',
    caseIndex: '0',
    channel: 'direct',
    components: [],
    applicant: emptyPerson(),
    hasAuthorisedPerson: false,
    authorisedPerson: emptyPerson(),
    sets: '1',
    resultMethod: 'counter',
    note: '',
  };
}

/** A fresh checklist for a case: nothing ticked yet, each document assumed an original. */
export function checklistFor(components: readonly Component[]): IntakeFormValues['components'] {
  return components.map((c) => ({ provided: false, form: 'original', required: c.required }));
}

function person(values: PersonValues) {
  return {
    fullName: values.fullName,
    identificationNumber: values.identificationNumber,
    dateOfBirth: blankToNull(values.dateOfBirth),
    address: values.address,
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
  };
}

/** The request body from the form: optional blanks become null, the checklist carries each position. */
export function toCounterIntake(values: IntakeFormValues): CounterIntake {
  return {
    procedureCode: values.procedureCode,
    caseIndex: Number(values.caseIndex) || 0,
    channel: values.channel,
    applicant: person(values.applicant),
    authorisedPerson: values.hasAuthorisedPerson ? person(values.authorisedPerson) : null,
    components: values.components.map((check, index) => ({
      index,
      provided: check.provided,
      form: check.form,
    })),
    // An empty box is not a number: the schema then says so instead of silently sending 0.
    sets: values.sets.trim() === '' ? Number.NaN : Number(values.sets),
    resultMethod: values.resultMethod,
    note: blankToNull(values.note),
  };
}

/** Positions of required documents not ticked; the API refuses the intake while any remain. */
export function missingRequired(checks: IntakeFormValues['components']): number[] {
  return checks.flatMap((check, index) => (check.required && !check.provided ? [index] : []));
}

const schemaResolver = preparedResolver(zodResolver(CounterIntakeSchema), toCounterIntake, {
  procedureCode: texts.dossiers.procedurePicker.required,
});

/** The shared schema's checks, plus the one the schema cannot know: every required document is there. */
export const intakeResolver: Resolver<IntakeFormValues, unknown, IntakeOutput> = async (
  values,
  context,
  options,
) => {
  const result = await schemaResolver(values, context, options);
  const missing = missingRequired(values.components ?? []);
  if (missing.length === 0) return result;
  return {
    values: {},
    errors: {
      ...result.errors,
      components: { type: 'required', message: texts.dossiers.intake.missingRequired(missing.length) },
    },
  };
};

const PERSON_FIELDS = new Set(Object.keys(emptyPerson()));
const TOP_FIELDS = new Set([
  'procedureCode',
  'caseIndex',
  'channel',
  'components',
  'sets',
  'resultMethod',
  'note',
]);

/** Whether the form shows a field at this path, so a server error can be put on it. */
export function isIntakePath(path: string): path is FieldPath<IntakeFormValues> {
  if (TOP_FIELDS.has(path)) return true;
  if (/^components\.\d+\.(provided|form)$/.test(path)) return true;
  const [owner, field, ...rest] = path.split('.');
  return (
    (owner === 'applicant' || owner === 'authorisedPerson') &&
    field !== undefined &&
    PERSON_FIELDS.has(field) &&
    rest.length === 0
  );
}
