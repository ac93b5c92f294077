import {
  FEEDBACK_CATEGORIES,
  FeedbackSubmitSchema,
  FeedbackUploadSchema,
  type Citizen,
  type FeedbackCategory,
  type FeedbackSubmit,
  type FeedbackUpload,
} from '@motcua/shared';
import { z } from 'zod';
import { texts } from '../../config/texts';
import { ApiError, isApiError } from '../../lib/api-client';
import { blankToNull } from '../../lib/form-schema';

/** The form's fields in reading order: the first invalid one of these takes the focus. */
export const feedbackFields = [
  'unitId',
  'category',
  'title',
  'content',
  'procedureCode',
  'dossierCode',
  'sender.fullName',
  'sender.email',
  'sender.phone',
  'sender.address',
  'attachments',
  'consent',
  'captcha',
] as const;
export type FeedbackField = (typeof feedbackFields)[number];

export type FeedbackFormValues = {
  unitId: string;
  category: FeedbackCategory | '';
  title: string;
  content: string;
  procedureCode: string;
  dossierCode: string;
  sender: { fullName: string; email: string; phone: string; address: string };
  /** Files already uploaded (their tokens go with the feedback). */
  attachments: FeedbackUpload[];
  consent: boolean;
  /** The captcha widget's payload once solved, '' until then. */
  captcha: string;
};

/** A blank form; a signed-in citizen's contact details are filled in (they can change them). */
export function emptyFeedbackForm(
  citizen?: Pick<Citizen, 'fullName' | 'email' | 'phone' | 'address'> | null,
): FeedbackFormValues {
  return {
    unitId: '',
    category: '',
    title: '',
    content: '',
    procedureCode: '',
    dossierCode: '',
    sender: {
      fullName: citizen?.fullName ?? '',
      email: citizen?.email ?? '',
      phone: citizen?.phone ?? '',
      address: citizen?.address ?? '',
    },
    attachments: [],
    consent: false,
    captcha: '',
  };
}

/** Phone numbers are often typed in groups ("0912 345 678"); the contract wants the digits. */
function phoneDigits(value: string): string | null {
  return blankToNull(value.replace(/[\s.()-]/g, ''));
}

export function toFeedbackPayload(values: FeedbackFormValues): FeedbackSubmit {
  return {
    unitId: values.unitId,
    // '' is not a category: the shared schema reports it as "Chọn nhóm phản ánh".
    category: values.category as FeedbackCategory,
    title: values.title,
    content: values.content,
    procedureCode: blankToNull(values.procedureCode),
    dossierCode: blankToNull(values.dossierCode),
    sender: {
      fullName: values.sender.fullName,
      email: blankToNull(values.sender.email),
      phone: phoneDigits(values.sender.phone),
      address: blankToNull(values.sender.address),
    },
    consent: values.consent as true,
    attachments: values.attachments.map((file) => file.token),
    captcha: values.captcha,
  };
}

/**
 * A path of the contract (`sender.email`, `attachments.2`, `body.sender.email` from the server) as the form's
 * field, or null when the form has no such field.
 */
export function formFieldOf(path: string): FeedbackField | null {
  const name = path.replace(/^body\./, '');
  const field = feedbackFields.find((f) => name === f || name.startsWith(`${f}.`));
  return field ?? null;
}

const requiredMessages: Partial<Record<FeedbackField, string>> = {
  unitId: texts.feedback.agencyRequired,
  title: texts.feedback.titleRequired,
  content: texts.feedback.contentRequired,
  'sender.fullName': texts.feedback.fullNameRequired,
};

function valueAt(values: FeedbackFormValues, field: FeedbackField): unknown {
  if (field.startsWith('sender.')) return values.sender[field.slice(7) as keyof FeedbackFormValues['sender']];
  return values[field as Exclude<FeedbackField, `sender.${string}`>];
}

/**
 * The shared submission rules, run on the payload the form would send, reported on the form's own fields. A
 * required field left blank says "Nhập …" rather than the rule it breaks.
 */
export const FeedbackFormSchema = z
  .object({
    unitId: z.string(),
    category: z.union([z.enum(FEEDBACK_CATEGORIES), z.literal('')]),
    title: z.string(),
    content: z.string(),
    procedureCode: z.string(),
    dossierCode: z.string(),
    sender: z.object({ fullName: z.string(), email: z.string(), phone: z.string(), address: z.string() }),
    attachments: z.array(FeedbackUploadSchema),
    consent: z.boolean(),
    captcha: z.string(),
  })
  .superRefine((values, ctx) => {
    const reported = new Set<FeedbackField>();
    for (const [field, message] of Object.entries(requiredMessages) as [FeedbackField, string][]) {
      const value = valueAt(values, field);
      if (typeof value === 'string' && value.trim() === '') {
        reported.add(field);
        ctx.addIssue({ code: 'custom', message, path: field.split('.') });
      }
    }
    const result = FeedbackSubmitSchema.safeParse(toFeedbackPayload(values));
    if (result.success) return;
    for (const issue of result.error.issues) {
      const field = formFieldOf(issue.path.join('.'));
      // One message per field, the first: a list of rules broken at once is harder to act on.
      if (field === null || reported.has(field)) continue;
      reported.add(field);
      ctx.addIssue({ code: 'custom', message: issue.message, path: field.split('.') });
    }
  });

/**
 * The server's field errors renamed to the form's fields (`body.attachments.1` → `attachments`), so that
 * applyServerErrors puts each one on its field.
 */
export function withFormFieldNames(error: unknown): unknown {
  if (!isApiError(error)) return error;
  return new ApiError({
    status: error.status,
    code: error.code,
    title: error.title,
    detail: error.detail,
    requestId: error.requestId,
    errors: error.errors.map(({ field, message }) => ({ field: formFieldOf(field) ?? field, message })),
  });
}

/** Whether a refusal is about the captcha (expired, already used, wrong): the widget must then solve a new one. */
export function isCaptchaError(error: unknown): boolean {
  return isApiError(error) && error.errors.some(({ field }) => /captcha/i.test(field));
}

/** Whether the captcha was the only thing refused, so that sending again with a new one will do. */
export function isOnlyCaptchaError(error: unknown): boolean {
  return (
    isCaptchaError(error) && isApiError(error) && error.errors.every(({ field }) => /captcha/i.test(field))
  );
}
