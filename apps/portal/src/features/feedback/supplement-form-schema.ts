import {
  AccessKeySchema,
  FeedbackSupplementSchema,
  FeedbackUploadSchema,
  type FeedbackUpload,
} from '@motcua/shared';
import { z } from 'zod';
import { texts } from '../../config/texts';
import { accessKeyFromInput } from './access-key';

export const supplementFields = ['accessKey', 'content', 'attachments'] as const;

export type SupplementFormValues = {
  /** Typed only when the page has no key (no private link opened in this tab); the private link pasted will do. */
  accessKey: string;
  content: string;
  attachments: FeedbackUpload[];
};

export const emptySupplementForm: SupplementFormValues = { accessKey: '', content: '', attachments: [] };

/** The shared supplement rules; the key is checked apart, and only when the form asks for it. */
const PayloadSchema = FeedbackSupplementSchema.omit({ accessKey: true });

/** The form's rules: with a key field when the sender's key is not known yet. */
export function supplementFormSchema(askKey: boolean) {
  return z
    .object({ accessKey: z.string(), content: z.string(), attachments: z.array(FeedbackUploadSchema) })
    .superRefine((values, ctx) => {
      if (askKey) {
        const key = accessKeyFromInput(values.accessKey);
        const message =
          key === '' ? texts.feedback.keyRequired : AccessKeySchema.safeParse(key).error?.issues[0]?.message;
        if (message) ctx.addIssue({ code: 'custom', path: ['accessKey'], message });
      }
      const reported = new Set<string>();
      if (values.content.trim() === '') {
        reported.add('content');
        ctx.addIssue({
          code: 'custom',
          path: ['content'],
          message: texts.feedback.supplementContentRequired,
        });
      }
      const result = PayloadSchema.safeParse(toSupplementPayload(values));
      for (const issue of result.error?.issues ?? []) {
        const field = String(issue.path[0]);
        if (reported.has(field)) continue;
        reported.add(field);
        ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
      }
    });
}

export function toSupplementPayload(values: Pick<SupplementFormValues, 'content' | 'attachments'>) {
  return { content: values.content, attachments: values.attachments.map((file) => file.token) };
}
