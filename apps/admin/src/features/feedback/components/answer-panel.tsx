import type { FeedbackDetail } from '@motcua/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { FileField, TextAreaField } from '../../../components/field';
import { FileList } from '../../../components/file-list';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { cx } from '../../../lib/cx';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useActOnFeedback } from '../api/act-on-feedback';
import { useUploadAnswerDocument } from '../api/upload-answer-document';
import { emptyActionForm, isStale, lastRejection, submitLabel, validateAction } from '../lib/action-form';
import { ANSWER_DOCUMENT_ACCEPT, answerDocumentProblem } from '../lib/answer-document';
import { FeedbackFileRow } from './feedback-files';

/** FeedbackActionSchema's ceiling for an answer. */
const ANSWER_MAX = 10_000;

type Problem = { kind: 'conflict' | 'error'; message: string };

/** The official answer document: download, and for the lead unit while it handles the feedback, attach or replace. */
function AnswerDocument({
  feedback,
  canUpload,
  onReload,
}: {
  feedback: FeedbackDetail;
  canUpload: boolean;
  onReload: () => Promise<unknown>;
}) {
  const a = texts.feedback.answer;
  const toast = useToast();
  const upload = useUploadAnswerDocument();
  const inputRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const current = feedback.answerDocument;

  function submit() {
    setProblem(null);
    const file = inputRef.current?.files?.[0];
    const invalid = answerDocumentProblem(file);
    setFileError(invalid);
    if (invalid || !file) {
      inputRef.current?.focus();
      return;
    }
    upload.mutate(
      { id: feedback.id, version: feedback.version, file },
      {
        onSuccess: (saved) => {
          toast.notify(a.uploaded(saved.answerDocument?.name ?? file.name));
          if (inputRef.current) inputRef.current.value = '';
        },
        onError: (error) => {
          if (isStale(error)) {
            setProblem({
              kind: 'conflict',
              message: `${texts.feedback.dialog.conflict} ${texts.feedback.dialog.conflictRetry}`,
            });
            void onReload();
          } else {
            const { title, detail } = describeError(error);
            setProblem({ kind: 'error', message: `${a.uploadFailed}: ${detail ?? title}` });
          }
        },
      },
    );
  }

  return (
    <div className="fb-answer-document">
      <h3 className="fb-block-title">{a.document}</h3>
      {current ? (
        <FileList label={a.document}>
          <FeedbackFileRow feedbackId={feedback.id} file={current} />
        </FileList>
      ) : (
        <p className="muted">{a.noDocument}</p>
      )}
      {canUpload && (
        <div className="upload-form fb-upload">
          <FileField
            ref={inputRef}
            id={fileId}
            label={a.fileLabel}
            hint={a.fileHint}
            accept={ANSWER_DOCUMENT_ACCEPT}
            error={fileError}
            onChange={() => setFileError(null)}
          />
          {problem && (
            <Alert tone={problem.kind === 'conflict' ? 'warning' : 'danger'}>{problem.message}</Alert>
          )}
          <div>
            <Button size="sm" onClick={submit} busy={upload.isPending}>
              {upload.isPending ? a.uploading : current ? a.replace : a.upload}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The answer as it stands, for those who do not write it: the draft under review, or the answer sent. */
function AnswerText({ feedback }: { feedback: FeedbackDetail }) {
  const a = texts.feedback.answer;
  if (!feedback.answer) return <p className="muted">{a.noAnswer}</p>;
  return (
    <div className={cx('fb-answer', feedback.status === 'awaiting_approval' && 'is-draft')}>
      {feedback.status === 'awaiting_approval' && <Badge tone="primary">{a.waitingApproval}</Badge>}
      <p className="fb-text">{feedback.answer}</p>
      {(feedback.answeredByName || feedback.publishedAt) && (
        <p className="fb-answer-by">
          {feedback.answeredByName && <span>{a.answeredBy(feedback.answeredByName)}</span>}
          {feedback.publishedAt && <span>{a.publishedAt(formatDateTime(feedback.publishedAt))}</span>}
        </p>
      )}
    </div>
  );
}

/**
 * The answer. The lead unit, while it handles the feedback, writes a draft (saved in place), attaches the
 * official document and sends it — to its leader when the unit requires approval, else out; everyone else reads
 * the answer as it stands.
 */
export function AnswerPanel({
  feedback,
  onSend,
  onReload,
}: {
  feedback: FeedbackDetail;
  /** Opens the send dialog with the text in the editor. */
  onSend: (answer: string) => void;
  onReload: () => Promise<unknown>;
}) {
  const a = texts.feedback.answer;
  const toast = useToast();
  const save = useActOnFeedback();
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm<{ answer: string }>({ defaultValues: { answer: feedback.answer ?? '' } });
  const canSave = feedback.actions.includes('save_answer');
  const canSend = feedback.actions.includes('submit_answer');
  const editing = canSave || canSend;
  const rejection = editing ? lastRejection(feedback.events) : null;
  const text = form.watch('answer');
  const { errors, isDirty } = form.formState;
  const serverAnswer = feedback.answer ?? '';
  // A colleague's saved draft replaces the editor's text only while this officer has not started changing it.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ answer: serverAnswer });
  }, [serverAnswer, form]);

  function check(action: 'save_answer' | 'submit_answer'): string | null {
    form.clearErrors('answer');
    const result = validateAction(action, { ...emptyActionForm(), answer: form.getValues('answer') });
    if (result.ok)
      return result.output.action === action && 'answer' in result.output ? result.output.answer : null;
    const message =
      action === 'submit_answer' && result.errors.answer ? a.tooShortToSubmit : result.errors.answer;
    form.setError('answer', { type: 'validate', message }, { shouldFocus: true });
    return null;
  }

  function saveDraft() {
    setProblem(null);
    const answer = check('save_answer');
    if (answer === null) return;
    save.mutate(
      { id: feedback.id, input: { action: 'save_answer', version: feedback.version, answer } },
      {
        onSuccess: (saved) => {
          form.reset({ answer: saved.answer ?? answer });
          toast.notify(a.saved);
        },
        onError: (error) => {
          if (isStale(error)) {
            // The officer's text stays in the editor; the rest of the page shows what changed.
            setProblem({ kind: 'conflict', message: a.conflictKept });
            void onReload();
          } else {
            setProblem({ kind: 'error', message: applyServerErrors(error, form.setError, ['answer']) });
          }
        },
      },
    );
  }

  function send() {
    setProblem(null);
    const answer = check('submit_answer');
    if (answer !== null) onSend(answer);
  }

  return (
    <>
      {editing ? (
        <div className="form">
          {rejection && (
            <Alert
              tone="warning"
              title={a.rejected(rejection.actorName ?? texts.common.none, formatDateTime(rejection.at))}
            >
              {rejection.comment && <p className="fb-text">{rejection.comment}</p>}
            </Alert>
          )}
          {problem && (
            <Alert tone={problem.kind === 'conflict' ? 'warning' : 'danger'}>{problem.message}</Alert>
          )}
          <TextAreaField
            label={a.draft}
            hint={a.draftHint}
            rows={10}
            maxLength={ANSWER_MAX}
            error={errors.answer?.message}
            {...form.register('answer')}
          />
          <div className="fb-answer-bar">
            <p className="fb-answer-state" aria-live="polite">
              <span>{a.chars(text.length, ANSWER_MAX)}</span>
              {isDirty && <span className="fb-unsaved">{a.unsaved}</span>}
            </p>
            <div className="fb-answer-buttons">
              {canSave && (
                <Button onClick={saveDraft} busy={save.isPending}>
                  {save.isPending ? a.saving : a.save}
                </Button>
              )}
              {canSend && (
                <Button variant="primary" onClick={send} disabled={save.isPending}>
                  {submitLabel(feedback)}
                </Button>
              )}
            </div>
          </div>
          {canSend && (
            <p className="field-hint">{feedback.approvalRequired ? a.approvalNote : a.directNote}</p>
          )}
        </div>
      ) : (
        <AnswerText feedback={feedback} />
      )}
      <AnswerDocument feedback={feedback} canUpload={canSave} onReload={onReload} />
    </>
  );
}
