import {
  FeedbackActionSchema,
  type FeedbackAction,
  type FeedbackActionInput,
  type FeedbackDetail,
} from '@motcua/shared';
import type { FieldErrors, FieldPath, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';

/** The inputs of the action dialogs; each action shows and sends only the ones it needs. */
export type ActionFormValues = {
  leadUnitId: string;
  coordinatingUnitIds: string[];
  unitId: string;
  comment: string;
  /** The answer typed in the answer panel, carried into the "send" dialog. */
  answer: string;
};

export type ActionOutput = z.output<typeof FeedbackActionSchema>;

/** Which dialog an action opens: the fields it asks for. */
export type ActionDialogKind =
  /** Lead unit, coordinating units, optional comment. */
  | 'forward'
  /** Another agency and the reason. */
  | 'transfer'
  /** A mandatory text: a reason, what is missing, an opinion. */
  | 'reason'
  /** An optional comment: a confirmation. */
  | 'confirm'
  /** The answer from the editor, shown for a last look, and an optional comment. */
  | 'submit_answer'
  /** No dialog: the answer panel saves the draft in place. */
  | 'inline';

export type ActionSpec = {
  dialog: ActionDialogKind;
  /** How the button stands out: the step forward, a side step, or one that ends the feedback. */
  emphasis: 'primary' | 'secondary' | 'danger';
};

/** The dialog of each action, following FeedbackActionSchema in shared. */
export const ACTION_SPECS: Record<FeedbackAction, ActionSpec> = {
  forward: { dialog: 'forward', emphasis: 'primary' },
  transfer: { dialog: 'transfer', emphasis: 'secondary' },
  return: { dialog: 'reason', emphasis: 'secondary' },
  refuse: { dialog: 'reason', emphasis: 'danger' },
  request_info: { dialog: 'reason', emphasis: 'secondary' },
  opinion: { dialog: 'reason', emphasis: 'secondary' },
  save_answer: { dialog: 'inline', emphasis: 'secondary' },
  submit_answer: { dialog: 'submit_answer', emphasis: 'primary' },
  approve: { dialog: 'confirm', emphasis: 'primary' },
  reject_answer: { dialog: 'reason', emphasis: 'secondary' },
  publish: { dialog: 'confirm', emphasis: 'primary' },
};

/** The answer's own actions sit in the answer panel, beside the text they send. */
export const ANSWER_ACTIONS: readonly FeedbackAction[] = ['save_answer', 'submit_answer'];

/** The actions for the action bar, the step forward first and the one that ends the feedback last. */
export function barActions(actions: readonly FeedbackAction[]): FeedbackAction[] {
  const rank = { primary: 0, secondary: 1, danger: 2 } as const;
  return actions
    .filter((action) => !ANSWER_ACTIONS.includes(action))
    .sort((a, b) => rank[ACTION_SPECS[a].emphasis] - rank[ACTION_SPECS[b].emphasis]);
}

/** The label of the answer's send button: to the leader when the unit requires approval, else out. */
export function submitLabel(detail: Pick<FeedbackDetail, 'approvalRequired'>): string {
  return detail.approvalRequired
    ? texts.feedback.answer.submitForApproval
    : texts.feedback.answer.submitDirect;
}

export function emptyActionForm(answer = ''): ActionFormValues {
  return { leadUnitId: '', coordinatingUnitIds: [], unitId: '', comment: '', answer };
}

function optional(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** The request body of one action from the form; the fields of other actions are left out. */
export function toActionInput(
  action: FeedbackAction,
  version: number,
  v: ActionFormValues,
): FeedbackActionInput {
  switch (action) {
    case 'forward':
      return {
        action,
        version,
        leadUnitId: v.leadUnitId,
        // The lead unit is not also its own coordinator.
        coordinatingUnitIds: v.coordinatingUnitIds.filter((id) => id !== v.leadUnitId),
        comment: optional(v.comment),
      };
    case 'transfer':
      return { action, version, unitId: v.unitId, comment: v.comment };
    case 'return':
    case 'refuse':
    case 'request_info':
    case 'opinion':
    case 'reject_answer':
      return { action, version, comment: v.comment };
    case 'save_answer':
      return { action, version, answer: v.answer };
    case 'submit_answer':
      return { action, version, answer: v.answer, comment: optional(v.comment) };
    case 'approve':
    case 'publish':
      return { action, version, comment: optional(v.comment) };
  }
}

const FORM_PATHS = ['leadUnitId', 'coordinatingUnitIds', 'unitId', 'comment', 'answer'] as const;
type FormPath = (typeof FORM_PATHS)[number];

/** The fields the server may name (`body.leadUnitId`, `body.coordinatingUnitIds.2`), so its errors land on them. */
export const ACTION_FORM_FIELDS: readonly FieldPath<ActionFormValues>[] = FORM_PATHS;

function formPath(path: readonly PropertyKey[]): FormPath | undefined {
  const [head] = path;
  return FORM_PATHS.find((p) => p === head);
}

/** Messages that say what to do where the schema's would only say what is wrong ("Invalid UUID"). */
function friendlier(path: FormPath, values: ActionFormValues, code: string): string | undefined {
  const d = texts.feedback.dialog;
  if (path === 'leadUnitId' && values.leadUnitId === '') return d.leadUnitRequired;
  if (path === 'unitId' && values.unitId === '') return d.targetAgencyRequired;
  if (path === 'coordinatingUnitIds' && code === 'too_big') return d.coordinatingTooMany(MAX_COORDINATING);
  return undefined;
}

/** How many coordinating units one forward may name (FeedbackActionSchema). */
export const MAX_COORDINATING = 10;

/** Validates an action's inputs with the shared FeedbackActionSchema; errors keyed by the form's fields. */
export function validateAction(
  action: FeedbackAction,
  values: ActionFormValues,
): { ok: true; output: ActionOutput } | { ok: false; errors: Partial<Record<FormPath, string>> } {
  // The version is the feedback's at the moment of sending; any valid one will do for the check.
  const parsed = FeedbackActionSchema.safeParse(toActionInput(action, 1, values));
  if (parsed.success) return { ok: true, output: parsed.data };
  const errors: Partial<Record<FormPath, string>> = {};
  for (const issue of parsed.error.issues) {
    const path = formPath(issue.path);
    if (!path || errors[path]) continue;
    errors[path] = friendlier(path, values, issue.code) ?? issue.message;
  }
  return { ok: false, errors };
}

/** The dialog's resolver over validateAction. */
export function actionResolver(action: FeedbackAction): Resolver<ActionFormValues, unknown, ActionOutput> {
  return async (values) => {
    const result = validateAction(action, values);
    if (result.ok) return { values: result.output, errors: {} };
    const errors: FieldErrors<ActionFormValues> = {};
    for (const [path, message] of Object.entries(result.errors)) {
      (errors as Record<string, { type: string; message: string }>)[path] = { type: 'validate', message };
    }
    return { values: {}, errors };
  };
}

/**
 * A refusal that a reload explains: someone else acted first (409 version_conflict) or the action is no longer
 * open in the feedback's state (409 conflict, which names the actions that are).
 */
export function isStale(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

/**
 * The leader's reasons when the draft was last sent back: the lead unit sees them beside the editor while it
 * reworks the draft (saving meanwhile), not only deep in the history. Null before any rejection, and once the draft
 * has been sent again.
 */
export function lastRejection<E extends { event: string }>(events: readonly E[]): E | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const entry = events[i];
    if (entry?.event === 'reject_answer') return entry;
    if (entry?.event === 'submit_answer') return null;
  }
  return null;
}
