import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { describeError } from '../lib/api-error';
import { Alert } from './alert';
import { Button } from './button';

export function FileList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className="file-list" aria-label={label}>
      {children}
    </ul>
  );
}

/**
 * One file of a `FileList` and its download button; a failed download says why beside it. The file is fetched with
 * the officer's token (a plain link cannot carry it), so `download` fetches and saves it.
 */
export function FileRow({
  name,
  download,
  labels,
  children,
}: {
  name: string;
  download: () => Promise<unknown>;
  labels: { download: string; downloadOf: string; failed: string };
  /** What else is known of the file (size, date, kind…), each in its own element. */
  children: ReactNode;
}) {
  const mutation = useMutation({ mutationFn: download });
  const [problem, setProblem] = useState<string | null>(null);

  function save() {
    setProblem(null);
    mutation.mutate(undefined, {
      onError: (error) => {
        const { title, detail } = describeError(error);
        setProblem(`${labels.failed}: ${detail ?? title}`);
      },
    });
  }

  return (
    <li className="file-row">
      <div className="file-main">
        <p className="file-name">{name}</p>
        <p className="file-meta">{children}</p>
        {problem && <Alert tone="danger">{problem}</Alert>}
      </div>
      <Button size="sm" onClick={save} busy={mutation.isPending} aria-label={labels.downloadOf}>
        {labels.download}
      </Button>
    </li>
  );
}
