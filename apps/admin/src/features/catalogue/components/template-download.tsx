import { Button } from '../../../components/button';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { useDownloadTemplate } from '../api/download-template';

const c = texts.catalogue.content;

/** A template form's download button, with its own busy state and the refusal (if any) beside it. */
export function TemplateDownload({
  id,
  name,
  label = c.download,
  variant = 'secondary',
}: {
  id: string;
  name: string;
  label?: string;
  variant?: 'secondary' | 'ghost';
}) {
  const download = useDownloadTemplate();
  const problem = download.isError ? describeError(download.error) : null;
  return (
    <>
      <Button
        size="sm"
        variant={variant}
        busy={download.isPending}
        aria-label={c.downloadOf(name)}
        onClick={() => download.mutate({ id, name })}
      >
        {download.isPending ? c.downloading : label}
      </Button>
      {problem && (
        <span className="field-error cat-template-error" role="alert">
          {c.downloadFailed(problem.detail ?? problem.title)}
        </span>
      )}
    </>
  );
}
