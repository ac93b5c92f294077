import { RESULT_METHOD_LABELS } from '@motcua/shared';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { DetailRow } from '../../../components/dossier-parts';
import { useReceivingUnit } from '../../../components/receiving-unit-picker';
import { texts } from '../../../config/texts';
import { formatCalendarDate } from '../../../lib/format';
import { PERSON_KEYS, type DraftFormValues, type PersonFormValues } from '../draft-form';
import { onlineFacts } from '../procedure-facts';
import { useWizard } from '../wizard-context';
import type { WizardStep } from '../wizard-steps';

function Section({ step, title, children }: { step: WizardStep; title: string; children: ReactNode }) {
  const { goTo } = useWizard();
  const id = `review-${step}`;
  return (
    <section className="review-section" aria-labelledby={id}>
      <div className="review-section__head">
        <h3 id={id} className="review-section__title">
          {title}
        </h3>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={texts.submission.editStep(title)}
          onClick={() => goTo(step)}
        >
          {texts.submission.edit}
        </button>
      </div>
      {children}
    </section>
  );
}

function PersonRows({ person }: { person: PersonFormValues }) {
  return (
    <dl className="details details--grid">
      {PERSON_KEYS.map((key) => {
        const value = person[key].trim();
        return (
          <DetailRow key={key} label={texts.submission.person[key]}>
            {value === '' ? null : key === 'dateOfBirth' ? formatCalendarDate(value) : value}
          </DetailRow>
        );
      })}
    </dl>
  );
}

/** Step 5: everything in one place, each part with a way back to its step; the fee and time limit stated. */
export function ReviewStep() {
  const { draft, procedure } = useWizard();
  const values = useWatch<DraftFormValues>() as DraftFormValues;
  const caseIndex = Number(values.caseIndex);
  const chosenCase = procedure.cases[caseIndex];
  const unit = useReceivingUnit(procedure.code, values.receivingUnitId || null);
  const facts = onlineFacts(procedure);

  return (
    <div className="review">
      <p className="form__note">{texts.submission.reviewLead}</p>

      <Section step="case" title={texts.submission.steps.case}>
        <dl className="details">
          <DetailRow label={texts.submission.procedure}>{procedure.name}</DetailRow>
          {chosenCase ? <DetailRow label={texts.submission.caseName}>{chosenCase.name}</DetailRow> : null}
          <DetailRow label={texts.submission.unit}>
            {values.receivingUnitId === ''
              ? null
              : unit.unit
                ? [unit.unit.name, ...unit.unit.parents].join(', ')
                : texts.submission.unitUnknown}
          </DetailRow>
        </dl>
      </Section>

      <Section step="applicant" title={texts.submission.steps.applicant}>
        <h4 className="review-section__subtitle">{texts.submission.applicantLegend}</h4>
        <PersonRows person={values.applicant} />
        {values.onBehalf ? (
          <>
            <h4 className="review-section__subtitle">{texts.submission.authorisedLegend}</h4>
            <PersonRows person={values.authorisedPerson} />
          </>
        ) : null}
      </Section>

      <Section step="components" title={texts.submission.steps.components}>
        {chosenCase && chosenCase.components.length > 0 ? (
          <ul className="review-files">
            {chosenCase.components.map((component, index) => {
              const files = draft.files.filter((file) => file.componentIndex === index);
              const missing = component.required && files.length === 0;
              return (
                <li
                  key={index}
                  className="review-files__item"
                  data-missing={missing || undefined}
                  data-provided={files.length > 0 || undefined}
                >
                  <span className="review-files__name">{component.name}</span>
                  <span className="review-files__count">
                    {missing
                      ? `${texts.submission.fileRequired} (${texts.submission.required.toLowerCase()})`
                      : null}
                    {!missing && files.length === 0 ? texts.submission.filesCount(0) : null}
                    {files.length > 0 ? files.map((file) => file.name).join(', ') : null}
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{texts.submission.componentsNone}</p>
        )}
      </Section>

      <Section step="result" title={texts.submission.steps.result}>
        <dl className="details">
          <DetailRow label={texts.submission.resultLegend}>
            {RESULT_METHOD_LABELS[values.resultMethod]}
          </DetailRow>
          {values.resultMethod === 'post' ? (
            <DetailRow label={texts.submission.deliveryAddress}>
              {values.deliveryAddress.trim() || null}
            </DetailRow>
          ) : null}
        </dl>
      </Section>

      {facts ? (
        <div className="review-facts">
          <dl className="details details--grid">
            <DetailRow label={texts.submission.fee}>{facts.fee}</DetailRow>
            <DetailRow label={texts.submission.timeLimit}>{facts.timeLimit}</DetailRow>
          </dl>
          <p className="review-facts__note">{texts.submission.appointmentNote}</p>
        </div>
      ) : (
        <p className="review-facts__note">{texts.submission.appointmentNote}</p>
      )}
    </div>
  );
}
