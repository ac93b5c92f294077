import { texts } from '../config/texts';

/** Shown while a screen's data loads; announced once by screen readers. */
export function LoadingState({ label = texts.common.loading }: { label?: string }) {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

type ErrorStateProps = { title: string; message: string; onRetry?: () => void; retryLabel?: string };

/** A screen that could not load, with a way to try again. */
export function ErrorState({ title, message, onRetry, retryLabel = texts.common.retry }: ErrorStateProps) {
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
