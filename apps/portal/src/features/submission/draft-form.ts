import {
  PersonSchema,
  RESULT_METHODS,
  type DraftData,
  type PersonDraft,
  type Procedure,
} from '@motcua/shared';
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { texts } from '../../config/texts';
import { blankToNull } from '../../lib/form-schema';

/** What the inputs of a person hold: text, '' when blank. */
const PersonValuesSchema = z.object({
  fullName: z.string(),
  identificationNumber: z.string(),
  dateOfBirth: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
});
export type PersonFormValues = z.infer<typeof PersonValuesSchema>;
export const PERSON_KEYS = PersonValuesSchema.keyof().options;

/** The longest text a draft takes per field (PersonDraftSchema): the inputs stop there, so saving never fails. */
export const PERSON_MAX_LENGTH: Record<keyof PersonFormValues, number> = {
  fullName: 120,
  identificationNumber: 20,
  dateOfBirth: 10,
  address: 300,
  phone: 20,
  email: 254,
};
export const DELIVERY_ADDRESS_MAX_LENGTH = 300;

const personRequired: Partial<Record<keyof PersonFormValues, string>> = {
  fullName: texts.submission.fullNameRequired,
  identificationNumber: texts.submission.identificationNumberRequired,
  address: texts.submission.addressRequired,
};

function toPersonDraft(values: PersonFormValues): PersonDraft {
  return {
    fullName: values.fullName,
    identificationNumber: values.identificationNumber,
    dateOfBirth: blankToNull(values.dateOfBirth),
    address: values.address,
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
  };
}

function toPersonValues(person: PersonDraft | null): PersonFormValues {
  return {
    fullName: person?.fullName ?? '',
    identificationNumber: person?.identificationNumber ?? '',
    dateOfBirth: person?.dateOfBirth ?? '',
    address: person?.address ?? '',
    phone: person?.phone ?? '',
    email: person?.email ?? '',
  };
}

/** A person filled from the citizen's account (what the server does for the applicant of a new draft). */
export function personFromAccount(account: {
  fullName: string;
  identificationNumber: string;
  dateOfBirth: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
}): PersonFormValues {
  return toPersonValues({ ...account, address: account.address ?? '' });
}

/**
 * The rules of an online submission (PersonSchema for each person, an agency, an address for the post), checked on
 * the form's raw values so each message lands on its own input; blank required fields say what to enter.
 */
function checkPerson(values: PersonFormValues, at: 'applicant' | 'authorisedPerson', ctx: z.RefinementCtx) {
  const blank = new Set<string>();
  for (const key of PERSON_KEYS) {
    const message = personRequired[key];
    if (message === undefined || values[key].trim() !== '') continue;
    blank.add(key);
    ctx.addIssue({ code: 'custom', message, path: [at, key] });
  }
  const result = PersonSchema.safeParse(toPersonDraft(values));
  if (result.success) return;
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]);
    if (!blank.has(key)) ctx.addIssue({ code: 'custom', message: issue.message, path: [at, ...issue.path] });
  }
}

export const DraftFormSchema = z
  .object({
    caseIndex: z.string(),
    receivingUnitId: z.string(),
    applicant: PersonValuesSchema,
    onBehalf: z.boolean(),
    authorisedPerson: PersonValuesSchema,
    resultMethod: z.enum(RESULT_METHODS),
    deliveryAddress: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.receivingUnitId === '') {
      ctx.addIssue({ code: 'custom', message: texts.submission.unitRequired, path: ['receivingUnitId'] });
    }
    checkPerson(values.applicant, 'applicant', ctx);
    if (values.onBehalf) checkPerson(values.authorisedPerson, 'authorisedPerson', ctx);
    if (values.resultMethod === 'post' && values.deliveryAddress.trim().length < 2) {
      ctx.addIssue({
        code: 'custom',
        message: texts.submission.deliveryAddressRequired,
        path: ['deliveryAddress'],
      });
    }
  });
export type DraftFormValues = z.infer<typeof DraftFormSchema>;
export type DraftFormField = FieldPath<DraftFormValues>;

function personFields<P extends 'applicant' | 'authorisedPerson'>(prefix: P) {
  return PERSON_KEYS.map((key) => `${prefix}.${key}` as const);
}

/** Every input of the wizard, in the order the citizen meets them (the first error in this order gets focus). */
export const DRAFT_FORM_FIELDS: readonly DraftFormField[] = [
  'caseIndex',
  'receivingUnitId',
  ...personFields('applicant'),
  'onBehalf',
  ...personFields('authorisedPerson'),
  'resultMethod',
  'deliveryAddress',
];

export function toDraftFormValues(data: DraftData): DraftFormValues {
  return {
    caseIndex: String(data.caseIndex),
    receivingUnitId: data.receivingUnitId ?? '',
    applicant: toPersonValues(data.applicant),
    onBehalf: data.authorisedPerson !== null,
    authorisedPerson: toPersonValues(data.authorisedPerson),
    resultMethod: data.resultMethod,
    deliveryAddress: data.deliveryAddress ?? '',
  };
}

/** What is saved: everything typed, valid or not; the authorised person only when filing on someone's behalf. */
export function toDraftData(values: DraftFormValues): DraftData {
  const caseIndex = Number(values.caseIndex);
  return {
    caseIndex: Number.isInteger(caseIndex) && caseIndex >= 0 ? caseIndex : 0,
    receivingUnitId: values.receivingUnitId === '' ? null : values.receivingUnitId,
    applicant: toPersonDraft(values.applicant),
    authorisedPerson: values.onBehalf ? toPersonDraft(values.authorisedPerson) : null,
    resultMethod: values.resultMethod,
    deliveryAddress: blankToNull(values.deliveryAddress),
  };
}

/** A stable fingerprint of what would be saved, to tell whether anything changed since the last save. */
export function draftFingerprint(data: DraftData): string {
  return JSON.stringify(data);
}

type FileLike = { componentIndex: number };

/** The indices of the chosen case's required components that have no file yet. */
export function missingRequiredComponents(
  procedure: Pick<Procedure, 'cases'>,
  caseIndex: number,
  files: readonly FileLike[],
): number[] {
  const components = procedure.cases[caseIndex]?.components ?? [];
  return components.flatMap((component, index) =>
    component.required && !files.some((file) => file.componentIndex === index) ? [index] : [],
  );
}
