import type { FeedbackFileRef } from '@motcua/shared';
import type { ReactNode } from 'react';
import { FileRow } from '../../../components/file-list';
import { texts } from '../../../config/i18n';
import { downloadFeedbackFile } from '../api/download-feedback-file';

/** A sender's file or the answer document: its size, what `children` adds, and its download. */
export function FeedbackFileRow({
  feedbackId,
  file,
  children,
}: {
  feedbackId: string;
  file: FeedbackFileRef;
  children?: ReactNode;
}) {
  const d = texts.feedback.detail;
  return (
    <FileRow
      name={file.name}
      download={() => downloadFeedbackFile({ feedbackId, file })}
      labels={{ download: d.download, downloadOf: d.downloadOf(file.name), failed: d.downloadFailed }}
    >
      <span>{texts.feedback.fileSize(file.size)}</span>
      {children}
    </FileRow>
  );
}
