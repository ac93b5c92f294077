import type { FeedbackFileRef } from '@motcua/shared';
import { useState, type ReactNode } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { useDownloadFeedbackFile } from '../api/download-feedback-file';

/** One file and its download button; a failed download says why beside it. */
export function FileRow({
  feedbackId,
  file,
  meta,
}: {
  feedbackId: string;
  file: FeedbackFileRef;
  meta?: ReactNode;
}) {
  const d = texts.feedback.detail;
  const download = useDownloadFeedbackFile();
  const [problem, setProblem] = useState<string | null>(null);

  function save() {
    setProblem(null);
    download.mutate(
      { feedbackId, file },
      {
        onError: (error) => {
          const { title, detail } = describeError(error);
          setProblem(`${d.downloadFailed}: ${detail ?? title}`);
        },
      },
    );
  }

  return (
    <li className="fb-file">
      <div className="fb-file-main">
        <p className="fb-file-name">{file.name}</p>
        <p className="fb-file-meta">
          <span>{texts.feedback.fileSize(file.size)}</span>
          {meta}
        </p>
        {problem && <Alert tone="danger">{problem}</Alert>}
      </div>
      <Button size="sm" onClick={save} busy={download.isPending} aria-label={d.downloadOf(file.name)}>
        {d.download}
      </Button>
    </li>
  );
}
