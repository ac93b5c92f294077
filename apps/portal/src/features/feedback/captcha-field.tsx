import type {} from 'altcha/types/react';
import { useCallback, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { FieldError } from '../../components/field';
import { texts } from '../../config/texts';
import { CAPTCHA_CHALLENGE_URL } from './api/get-captcha';
import type { CaptchaSession, CaptchaWidget } from './captcha-session';

/** What react-hook-form focuses when the captcha is the first field in error. */
export type Focusable = { focus: () => void };

type CaptchaFieldProps = {
  session: CaptchaSession;
  error?: string | undefined;
  fieldRef?: ((instance: Focusable | null) => void) | undefined;
  /** Off where only the uploads need it (adding information), on where the submission needs it too. */
  required?: boolean;
  hint?: string;
};

/**
 * The proof-of-work captcha: a checkbox the browser ticks by itself once it has done a little work, started as soon
 * as the citizen is in the form (`auto="onfocus"`). The widget's code loads with this field, not with the portal.
 */
export function CaptchaField({
  session,
  error,
  fieldRef,
  required = true,
  hint = texts.feedback.captchaHint,
}: CaptchaFieldProps) {
  const id = useId();
  const [loaded, setLoaded] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const { status } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  // Stable, so that a render does not detach and attach the widget again.
  const attachWidget = useCallback(
    (element: HTMLElement | null) =>
      element ? session.attach(element as unknown as CaptchaWidget) : undefined,
    [session],
  );

  useEffect(() => {
    let live = true;
    session.loading();
    import('./altcha-setup').then(
      () => {
        if (live) setLoaded(true);
      },
      () => {
        if (live) session.loadFailed();
      },
    );
    return () => {
      live = false;
    };
  }, [session, attempt]);

  return (
    <div
      className={error ? 'captcha field--invalid' : 'captcha'}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
    >
      <p className="field__label" id={`${id}-label`}>
        {texts.feedback.captchaLegend}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </p>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
      <div
        className="captcha__box"
        tabIndex={-1}
        ref={(box) => {
          // The widget's own checkbox when it is there, else the box: focus lands where the citizen acts.
          fieldRef?.(
            box && {
              focus: () => (box.querySelector<HTMLElement>('input[type="checkbox"]') ?? box).focus(),
            },
          );
        }}
      >
        {loaded ? (
          <altcha-widget
            ref={attachWidget}
            challenge={CAPTCHA_CHALLENGE_URL}
            auto="onfocus"
            language="vi"
            name="captcha"
          />
        ) : status === 'load_failed' ? (
          <p className="captcha__status" role="alert">
            {texts.feedback.captchaLoadFailed}{' '}
            <button type="button" className="link-button" onClick={() => setAttempt((n) => n + 1)}>
              {texts.common.retry}
            </button>
          </p>
        ) : (
          <p className="captcha__status" role="status">
            <span className="spinner feedback-spinner" aria-hidden="true" />
            {texts.feedback.captchaLoading}
          </p>
        )}
      </div>
    </div>
  );
}
