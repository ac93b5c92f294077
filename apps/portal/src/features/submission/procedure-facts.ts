import { TIME_UNIT_LABELS, type Procedure } from '@motcua/shared';
import { texts } from '../../config/texts';
import { formatVnd } from '../../lib/format';

/** The fee and time limit of the online channel, as the review step and the start page state them. */
export function onlineFacts(
  procedure: Pick<Procedure, 'methods'>,
): { fee: string; timeLimit: string } | null {
  const method = procedure.methods.find((m) => m.channel === 'online');
  if (!method) return null;
  let fee: string;
  if (method.feeVnd === 0) fee = texts.submission.feeFree;
  else if (method.feeVnd === null) fee = method.feeText ?? texts.submission.feeVaries;
  else fee = method.feeText ? `${formatVnd(method.feeVnd)} (${method.feeText})` : formatVnd(method.feeVnd);
  return {
    fee,
    timeLimit: `${method.timeLimit.amount} ${TIME_UNIT_LABELS[method.timeLimit.unit]}`,
  };
}

/** Whether the procedure takes online dossiers at all. */
export function acceptsOnline(procedure: Pick<Procedure, 'methods' | 'onlineLevel'>): boolean {
  return procedure.onlineLevel !== 'none' && procedure.methods.some((m) => m.channel === 'online');
}
