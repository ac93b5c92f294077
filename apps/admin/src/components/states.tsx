import type { ReactNode } from 'react';
import { texts } from '../config/i18n';
import { describeError } from '../lib/api-error';
import { Button } from './button';
import { AlertIcon } from './icons';

export function Spinner({ size = 'md' }: { size?: 'sm' | 'md' | 'lg' }) {
  return <span className={`spinner spinner-${size}`} aria-hidden="true" />;
}

export function LoadingState({ label = texts.app.loading }: { label?: string }) {
  return (
    <div className="state state-loading" role="status">
      <Spinner size="lg" />
      <p>{label}</p>
    </div>
  );
}

export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** The problem's own title and detail, its request id for the help desk, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { title, detail, requestId } = describeError(error);
  return (
    <div className="state state-error" role="alert">
      <AlertIcon className="state-icon" width={32} height={32} />
      <p className="state-title">{title}</p>
      {detail && <p>{detail}</p>}
      {requestId && <p className="state-meta">{texts.errors.requestId(requestId)}</p>}
      {onRetry && (
        <Button variant="primary" onClick={onRetry}>
          {texts.common.retry}
        </Button>
      )}
    </div>
  );
}

/** Full-screen wait while the session is restored or a screen's code loads. */
export function PageLoader({ label = texts.app.loading }: { label?: string }) {
  return (
    <div className="page-loader" role="status">
      <Spinner size="lg" />
      <p>{label}</p>
    </div>
  );
}
