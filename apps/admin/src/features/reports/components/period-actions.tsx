import { hasPermission, type Period } from '@motcua/shared';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError, isApiError } from '../../../lib/api-error';
import { useCurrentUser } from '../../../lib/session';
import { useClosePeriod } from '../api/close-period';
import { useIssuePeriod } from '../api/issue-period';

/** Only the issuing unit's approval account issues and closes its periods. */
export function useIsIssuer(period: Pick<Period, 'issuerUnit'>): boolean {
  const user = useCurrentUser();
  return user.unit.id === period.issuerUnit.id && hasPermission(user.roles, 'reports.approve');
}

/**
 * "Ban hành" for a draft, "Đóng đợt" for an issued period, each asked once more; nothing for anyone but the issuer.
 * `labelled` names the period in the button's accessible name, for a list with one button per row.
 */
export function PeriodActions({ period, labelled = false }: { period: Period; labelled?: boolean }) {
  const p = texts.reports.periods;
  const toast = useToast();
  const issuer = useIsIssuer(period);
  const issue = useIssuePeriod();
  const close = useClosePeriod();
  const [asking, setAsking] = useState<'issue' | 'close' | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!issuer || period.status === 'closed') return null;
  const step = period.status === 'draft' ? 'issue' : 'close';
  const mutation = (asking ?? step) === 'issue' ? issue : close;

  function confirm() {
    // The period moved on while the dialog was open (the error says so): the asked step no longer applies.
    if (asking !== step) {
      setError(p.conflict);
      return;
    }
    setError(null);
    // A promise rather than mutate's callbacks: closing takes the button (and this component) away.
    mutation.mutateAsync({ id: period.id, version: period.version }).then(
      (saved) => {
        toast.notify(saved.status === 'issued' ? p.issued(saved.name) : p.closed(saved.name));
        setAsking(null);
      },
      (failure: unknown) => {
        // Someone else moved it meanwhile: the list has been reloaded, the button follows the new status.
        if (isApiError(failure) && failure.status === 409) setError(p.conflict);
        else {
          const { title, detail } = describeError(failure);
          setError(detail ?? title);
        }
      },
    );
  }

  return (
    <>
      <Button
        size="sm"
        variant={step === 'issue' ? 'primary' : 'secondary'}
        aria-label={
          labelled ? (step === 'issue' ? p.issueOf(period.name) : p.closeOf(period.name)) : undefined
        }
        onClick={() => {
          setError(null);
          setAsking(step);
        }}
      >
        {step === 'issue' ? p.issue : p.close}
      </Button>
      {asking && (
        <ConfirmDialog
          title={asking === 'issue' ? p.issueTitle : p.closeTitle}
          message={asking === 'issue' ? p.issueText(period.name) : p.closeText(period.name)}
          confirmLabel={asking === 'issue' ? p.issue : p.close}
          tone={asking === 'close' ? 'danger' : 'default'}
          busy={mutation.isPending}
          error={error}
          onConfirm={confirm}
          onCancel={() => setAsking(null)}
        />
      )}
    </>
  );
}
