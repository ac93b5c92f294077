import type { ReactNode } from 'react';
import './file-row.css';

type FileRowProps = {
  name: string;
  /** What the file is and how large ("PDF · 1,2 MB"), or how far its upload has gone. */
  meta: ReactNode;
  /** An upload under way: its percentage, or null while it waits to start (the bar then shows no value). */
  progress?: { percent: number | null; label: string } | undefined;
  /** The row's button: remove the file, or cancel its upload. */
  action?: { text: string; label: string; onClick: () => void; disabled?: boolean } | undefined;
};

/**
 * One file in a list of files being attached (`<ul className="file-list">`): a file already uploaded, or one on its
 * way with its progress. The button names the file for screen readers, since every row's button says the same.
 */
export function FileRow({ name, meta, progress, action }: FileRowProps) {
  return (
    <li className={progress ? 'file-list__item file-list__item--uploading' : 'file-list__item'}>
      <div className="file-list__text">
        <span className="file-list__name">{name}</span>
        <span className="file-list__meta">{meta}</span>
        {progress ? (
          <progress
            className="file-list__progress"
            max={100}
            value={progress.percent ?? undefined}
            aria-label={progress.label}
          />
        ) : null}
      </div>
      {action ? (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={action.disabled}
          aria-label={action.label}
          onClick={action.onClick}
        >
          {action.text}
        </button>
      ) : null}
    </li>
  );
}
