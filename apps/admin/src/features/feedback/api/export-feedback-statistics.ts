import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { filenameFromDisposition, saveBlob } from '../../../lib/download';
import type { DateRange } from '../lib/statistics';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The statistics of the range as an Excel workbook, saved under the name the server gave. */
export async function exportFeedbackStatistics(range: DateRange): Promise<string> {
  const { blob, headers } = await apiDownload('/feedback/statistics.xlsx', {
    accept: XLSX_TYPE,
    query: { from: range.from, to: range.to },
  });
  const filename = filenameFromDisposition(
    headers.get('content-disposition'),
    `thong-ke-phan-anh-kien-nghi-${range.from}-${range.to}.xlsx`,
  );
  saveBlob(blob, filename);
  return filename;
}

export function useExportFeedbackStatistics() {
  return useMutation({ mutationFn: exportFeedbackStatistics });
}
