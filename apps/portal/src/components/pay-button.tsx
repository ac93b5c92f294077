import { texts } from '../config/texts';
import { describeError } from '../lib/form-errors';
import { useStartPayment } from '../lib/start-payment';
import { Alert } from './alert';

/**
 * "Thanh toán trực tuyến" for a dossier's fee, on the dossier page and right after submission: starts the payment
 * and sends the browser to the gateway. The button stays disabled until the page is gone, so a double tap cannot
 * start two payments.
 */
export function PayButton({ dossierId }: { dossierId: string }) {
  const pay = useStartPayment();
  const busy = pay.isPending || pay.isSuccess;
  return (
    <>
      {pay.isError ? (
        <Alert tone="error" title={texts.myDossiers.payFailed} focusOnMount>
          <p>{describeError(pay.error)}</p>
        </Alert>
      ) : null}
      <button
        type="button"
        className="button button--primary button--block"
        disabled={busy}
        onClick={() => pay.mutate(dossierId)}
      >
        {busy ? texts.myDossiers.paying : texts.myDossiers.pay}
      </button>
    </>
  );
}
