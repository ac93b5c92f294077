import { QUESTION_STATUS_LABELS, type Question, type QuestionStatus } from '@motcua/shared';
import { Link } from 'react-router';
import { Badge, type BadgeTone } from '../../components/badge';
import { procedurePath } from '../../config/paths';
import { texts } from '../../config/texts';
import { formatInstantAsDate } from '../../lib/format';

const STATUS_TONES: Record<QuestionStatus, BadgeTone> = { pending: 'attention', answered: 'success' };

function DateText({ iso, children }: { iso: string; children: (date: string) => string }) {
  return <time dateTime={iso}>{children(formatInstantAsDate(iso))}</time>;
}

/**
 * One question and its answer. In the public list the asker is never named (the API does not send it); in the
 * citizen's own list the status says whether the agency has answered yet.
 */
export function QuestionArticle({ question, mine = false }: { question: Question; mine?: boolean }) {
  const headingId = `question-${question.id}`;
  return (
    <article className="card question" aria-labelledby={headingId}>
      <div className="question__head">
        <h2 id={headingId} className="question__title">
          {question.title}
        </h2>
        {mine ? (
          <Badge tone={STATUS_TONES[question.status]} className="question-status">
            {QUESTION_STATUS_LABELS[question.status]}
          </Badge>
        ) : null}
      </div>
      <p className="question__meta">
        <DateText iso={question.askedAt}>{texts.questions.askedAt}</DateText>
        {mine ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>{texts.questions.askedTo(question.unitName)}</span>
          </>
        ) : null}
      </p>
      {question.procedureCode ? (
        <p className="question__procedure">
          <span className="question__procedure-label">{texts.questions.procedure}: </span>
          <Link to={procedurePath(question.procedureCode)}>
            {question.procedureName ?? question.procedureCode}
          </Link>
        </p>
      ) : null}
      <p className="question__content prewrap">{question.content}</p>
      {question.answer ? (
        <div className="question__answer">
          <p className="question__answer-by">
            {texts.questions.answerBy(question.unitName)}
            {question.answeredAt ? (
              <>
                {', '}
                <DateText iso={question.answeredAt}>{texts.questions.answeredAt}</DateText>
              </>
            ) : null}
          </p>
          <p className="prewrap">{question.answer}</p>
        </div>
      ) : mine ? (
        <p className="question__pending">{texts.questions.pendingNote}</p>
      ) : null}
    </article>
  );
}
