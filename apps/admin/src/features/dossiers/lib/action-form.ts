import { DossierActionSchema, type DossierAction, type DossierActionInput } from '@motcua/shared';
import { get, set, type FieldErrors, type FieldPath, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { texts } from '../../../config/i18n';

/** What the action dialog's inputs hold; only the ones its action needs are shown and sent. */
export type ActionFormValues = {
  comment: string;
  assigneeId: string;
  /** One object per line: react-hook-form's field arrays key rows by object. */
  items: { text: string }[];
  newDueDate: string;
  amountVnd: string;
  receiptNumber: string;
};

export type ActionOutput = z.output<typeof DossierActionSchema>;

type Needs = {
  /** The comment is a required reason (≥ 5 characters) rather than an optional remark. */
  reason: boolean;
  assignee?: true;
  items?: true;
  newDueDate?: true;
  payment?: true;
  /** Actions that end the dossier ask in red. */
  danger?: true;
};

/** The inputs of each action, as DossierActionSchema in shared defines them. */
export const ACTION_NEEDS: Record<DossierAction, Needs> = {
  accept: { reason: false },
  hand_over: { reason: false },
  assign: { reason: false, assignee: true },
  submit_review: { reason: false },
  send_back: { reason: true },
  submit_signature: { reason: false },
  sign: { reason: false },
  return_result: { reason: false },
  request_supplement: { reason: true, items: true },
  complete_supplement: { reason: false },
  refuse: { reason: true, danger: true },
  stop: { reason: true, danger: true },
  withdraw: { reason: false, danger: true },
  extend: { reason: true, newDueDate: true },
  record_payment: { reason: false, payment: true },
};

export function emptyActionForm(feeVnd: number | null): ActionFormValues {
  return {
    comment: '',
    assigneeId: '',
    items: [{ text: '' }],
    newDueDate: '',
    // The fee of the procedure is what is normally paid: prefilled, editable.
    amountVnd: feeVnd === null ? '' : String(feeVnd),
    receiptNumber: '',
  };
}

/** "20.000" or "20 000" as typed by an officer → 20000; anything else is not an amount. */
export function parseAmount(value: string): number {
  const compact = value.replace(/[.\s,]/g, '');
  return /^\d{1,10}$/.test(compact) ? Number(compact) : Number.NaN;
}

function optional(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** The request body for one action from the form; fields of other actions are left out. */
export function toActionInput(
  action: DossierAction,
  version: number,
  v: ActionFormValues,
): DossierActionInput {
  const comment = optional(v.comment);
  switch (action) {
    case 'assign':
      return { action, version, assigneeId: v.assigneeId, comment };
    case 'request_supplement':
      return { action, version, items: v.items.map((item) => item.text), comment: v.comment };
    case 'extend':
      return { action, version, newDueDate: v.newDueDate, comment: v.comment };
    case 'record_payment':
      return {
        action,
        version,
        amountVnd: parseAmount(v.amountVnd),
        receiptNumber: optional(v.receiptNumber),
        comment,
      };
    case 'send_back':
    case 'refuse':
    case 'stop':
      return { action, version, comment: v.comment };
    default:
      return { action, version, comment };
  }
}

/** Where a schema issue goes on the form: a line of the list is `items.N.text`, the rest keep their name. */
function formPath(path: readonly PropertyKey[]): FieldPath<ActionFormValues> | undefined {
  const [head, index] = path;
  if (head === 'items') return typeof index === 'number' ? `items.${index}.text` : 'items';
  if (head === 'comment' || head === 'assigneeId' || head === 'newDueDate') return head;
  if (head === 'amountVnd' || head === 'receiptNumber') return head;
  return undefined;
}

/** Messages that say what to do where the schema's would only say what is wrong ("Invalid UUID"). */
function friendlier(path: FieldPath<ActionFormValues>, values: ActionFormValues): string | undefined {
  const f = texts.dossiers.actionForm;
  if (path === 'assigneeId' && values.assigneeId === '') return f.assigneeRequired;
  if (path === 'newDueDate' && values.newDueDate === '') return f.newDueDateRequired;
  if (path === 'amountVnd') return f.amountInvalid;
  if (path === 'items') return f.itemsRequired;
  return undefined;
}

/**
 * Validates the dialog with the shared DossierActionSchema. The version is the dossier's at the moment of
 * sending (it may be reloaded while the dialog is open), so the caller puts it on the output.
 */
export function actionResolver(action: DossierAction): Resolver<ActionFormValues, unknown, ActionOutput> {
  return async (values) => {
    const parsed = DossierActionSchema.safeParse(toActionInput(action, 1, values));
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: FieldErrors<ActionFormValues> = {};
    for (const issue of parsed.error.issues) {
      const path = formPath(issue.path);
      if (!path || get(errors, path)) continue;
      set(errors, path, { type: issue.code, message: friendlier(path, values) ?? issue.message });
    }
    return { values: {}, errors };
  };
}

/** The fields the server may name, so its errors land on them. */
export function isActionPath(path: string): path is FieldPath<ActionFormValues> {
  return ['comment', 'assigneeId', 'items', 'newDueDate', 'amountVnd', 'receiptNumber'].includes(path);
}
