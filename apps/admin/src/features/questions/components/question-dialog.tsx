import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { TextAreaField } from '../../../components/field';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useAnswerQuestion } from '../api/answer-question';
import type { OfficerQuestion } from '../api/get-questions';
import { AnswerFormSchema, isStaleAnswer } from '../lib/answer-form';

type AnswerForm = z.input<typeof AnswerFormSchema>;
type Problem = { kind: 'conflict' | 'error'; message: string };

export const STATUS_TONES = { pending: 'warning', answered: 'success' } as const;

function QuestionFacts({ question, showUnit }: { question: OfficerQuestion; showUnit: boolean }) {
  const t = texts.questions;
  return (
    <dl className="fact-box">
      <div>
        <dt>{t.asker}</dt>
        <dd>{question.askerName}</dd>
      </div>
      <div>
        <dt>{t.askedAt}</dt>
        <dd>{formatDateTime(question.askedAt)}</dd>
      </div>
      <div>
        <dt>{t.status}</dt>
        <dd>
          <Badge tone={STATUS_TONES[question.status]}>{t.statuses[question.status]}</Badge>
        </dd>
      </div>
      {showUnit && (
        <div>
          <dt>{t.unit}</dt>
          <dd>{question.unitName}</dd>
        </div>
      )}
      <div className="question-facts-wide">
        <dt>{t.procedure}</dt>
        <dd>
          {question.procedureCode ? (
            t.procedureValue(question.procedureCode, question.procedureName)
          ) : (
            <span className="muted">{t.noProcedure}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

/**
 * One question: who asked, about which procedure, what; and the answer, or the form to give it. The answer is
 * published at once, so the dialog says so beside the button. If a colleague answered first (409), the list is
 * reloaded and the dialog shows the latest copy.
 */
export function QuestionDialog({
  question,
  found,
  showUnit,
  onReload,
  onClose,
}: {
  /** The latest copy: after a reload the dialog follows it. */
  question: OfficerQuestion;
  /** Whether the reloaded list still holds the question (a status filter may hide it once answered). */
  found: boolean;
  showUnit: boolean;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const t = texts.questions;
  const d = t.dialog;
  const toast = useToast();
  const mutation = useAnswerQuestion();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reloading, setReloading] = useState(false);
  const form = useForm<AnswerForm, unknown, z.output<typeof AnswerFormSchema>>({
    resolver: zodResolver(AnswerFormSchema),
    defaultValues: { answer: '' },
  });
  const { errors } = form.formState;
  // After a conflict the question may have left the filtered list: it is no longer waiting for this answer.
  const gone = problem?.kind === 'conflict' && !found && !reloading;
  const canAnswer = question.status === 'pending' && !gone;

  const onSubmit = form.handleSubmit(({ answer }) => {
    setProblem(null);
    mutation.mutate(
      // The version of the copy on screen now, which a reload may have renewed since the dialog opened.
      { id: question.id, answer, version: question.version },
      {
        onSuccess: (answered) => {
          toast.notify(d.answered(answered.title));
          onClose();
        },
        onError: (error) => {
          if (isStaleAnswer(error)) {
            setProblem({ kind: 'conflict', message: d.conflict });
            setReloading(true);
            void onReload().finally(() => setReloading(false));
          } else {
            setProblem({ kind: 'error', message: applyServerErrors(error, form.setError, ['answer']) });
          }
        },
      },
    );
  });

  const busy = mutation.isPending;
  return (
    <Dialog title={question.title} onClose={onClose} busy={busy} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="question-reader">
            <QuestionFacts question={question} showUnit={showUnit} />
            {problem && (
              <Alert tone={problem.kind === 'conflict' ? 'warning' : 'danger'}>
                {gone ? d.conflictGone : problem.message}
              </Alert>
            )}
            <section className="question-block" aria-labelledby="question-content">
              <h3 id="question-content" className="question-block-title">
                {d.content}
              </h3>
              <p className="question-text">{question.content}</p>
            </section>
            {question.status === 'answered' && question.answer !== null && (
              <section className="question-block question-answer" aria-labelledby="question-answer">
                <h3 id="question-answer" className="question-block-title">
                  {d.answer}
                </h3>
                <p className="question-text">{question.answer}</p>
                {question.answeredAt && (
                  <p className="question-answered-by">
                    {question.answeredByName
                      ? d.answeredBy(question.answeredByName, formatDateTime(question.answeredAt))
                      : d.answeredAt(formatDateTime(question.answeredAt))}
                  </p>
                )}
              </section>
            )}
            {canAnswer && (
              <TextAreaField
                label={d.answer}
                hint={d.answerHint}
                required
                rows={8}
                error={errors.answer?.message}
                {...form.register('answer')}
              />
            )}
          </div>
        </DialogBody>
        <DialogFooter>
          {canAnswer && (
            <p className="question-publish-note" id="question-publish-note">
              {d.publishNote}
            </p>
          )}
          <Button onClick={onClose} disabled={busy}>
            {canAnswer ? texts.common.cancel : texts.common.close}
          </Button>
          {canAnswer && (
            <Button
              type="submit"
              variant="primary"
              busy={busy || reloading}
              aria-describedby="question-publish-note"
            >
              {busy ? d.submitting : d.submit}
            </Button>
          )}
        </DialogFooter>
      </form>
    </Dialog>
  );
}
