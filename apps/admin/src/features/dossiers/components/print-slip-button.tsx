import { SLIP_TITLES, type SlipForm } from '@motcua/shared';
import { texts } from '../../../config/i18n';
import { downloadSlip } from '../api/download-slip';
import { PrintPdfButton } from './print-pdf-button';

/** Prints one of the standard slips of a dossier (Mẫu 01–06); the receipt is the prominent one. */
export function PrintSlipButton({ dossierId, slip }: { dossierId: string; slip: SlipForm }) {
  const d = texts.dossiers.detail;
  return (
    <PrintPdfButton
      label={slip === '01' ? d.print : `${d.printSlip} ${slip}: ${SLIP_TITLES[slip]}`}
      fetchPdf={() => downloadSlip({ id: dossierId, slip })}
      variant={slip === '01' ? undefined : 'ghost'}
      size={slip === '01' ? undefined : 'sm'}
    />
  );
}
