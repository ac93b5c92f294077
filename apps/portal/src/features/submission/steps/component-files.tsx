import { DRAFT_FILE_LIMITS, type Component, type DraftFile } from '@motcua/shared';
import { useId, useRef, useState, type DragEvent } from 'react';
import { FieldError } from '../../../components/field';
import { FileRow } from '../../../components/file-row';
import { fileProblemOf, formatFileSize } from '../../../components/file-rules';
import { Notices, useNotices } from '../../../components/notices';
import { texts } from '../../../config/texts';
import { describeError } from '../../../lib/form-errors';
import { useDeleteDraftFile } from '../api/delete-draft-file';
import { uploadDraftFile, useDraftFileAdded } from '../api/upload-draft-file';
import { checkFiles, fileTypeLabel, type FileRejection } from '../file-checks';
import { DocumentsDialog } from './documents-dialog';

const TEMPLATE_BASE = '/api/v1/procedures/templates/';
/** A hint to the file chooser only; the server checks the bytes. */
const ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

type Upload = { key: number; name: string; size: number; loaded: number; total: number };

function rejectionText(name: string, reason: FileRejection): string {
  switch (reason) {
    case 'wrong_type':
      return texts.submission.wrongType(name);
    case 'too_large':
      return texts.submission.tooLarge(name);
    case 'empty':
      return texts.submission.emptyFile(name);
    case 'too_many_for_component':
      return texts.submission.tooManyForComponent(name, DRAFT_FILE_LIMITS.perComponent);
    case 'too_many_in_total':
      return texts.submission.tooManyInTotal(name, DRAFT_FILE_LIMITS.total);
  }
}

function uploadErrorText(name: string, error: unknown): string {
  const problem = fileProblemOf(error);
  if (problem === 'wrong_type') return texts.submission.wrongType(name);
  if (problem === 'too_large') return texts.submission.tooLarge(name);
  return `${texts.submission.uploadFailed(name)} ${describeError(error)}`;
}

type ComponentFilesProps = {
  draftId: string;
  index: number;
  component: Component;
  files: readonly DraftFile[];
  /** Files of the whole draft, for its limit. */
  draftFileCount: number;
  error: string | undefined;
  onAttached: () => void;
};

/**
 * One dossier component: what to supply, its template forms, the files attached so far, and the ways to add one
 * (drop, file chooser, or a document the citizen already has). Every file shows its upload progress, and a
 * refused one says why in the citizen's terms.
 */
export function ComponentFiles({
  draftId,
  index,
  component,
  files,
  draftFileCount,
  error,
  onAttached,
}: ComponentFilesProps) {
  const headingId = `component-${index}`;
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const messages = useNotices();
  const { announce, notify } = messages;
  const [choosing, setChoosing] = useState(false);
  const nextKey = useRef(0);
  const added = useDraftFileAdded();
  const remove = useDeleteDraftFile();
  const copies = texts.submission.copies(component.originals, component.copies);

  async function take(chosen: File[]) {
    const { accepted, rejected } = checkFiles(chosen, {
      inComponent: files.length + uploads.length,
      inDraft: draftFileCount + uploads.length,
    });
    for (const { file, reason } of rejected) notify(rejectionText(file.name, reason));
    const queued = accepted.map((file) => {
      nextKey.current += 1;
      return { key: nextKey.current, file };
    });
    setUploads((current) => [
      ...current,
      ...queued.map(({ key, file }) => ({
        key,
        name: file.name,
        size: file.size,
        loaded: 0,
        total: file.size,
      })),
    ]);
    // One at a time, in the order chosen, so the files keep that order in the dossier.
    for (const { key, file } of queued) {
      try {
        const saved = await uploadDraftFile({
          draftId,
          componentIndex: index,
          file,
          onProgress: ({ loaded, total }) =>
            setUploads((current) => current.map((u) => (u.key === key ? { ...u, loaded, total } : u))),
        });
        void added(draftId, saved);
        announce(texts.submission.uploadedFile(saved.name));
        onAttached();
      } catch (uploadError) {
        notify(uploadErrorText(file.name, uploadError));
      } finally {
        setUploads((current) => current.filter((u) => u.key !== key));
      }
    }
  }

  // The whole card takes a drop: a big target, and no separate drop area repeated for every component.
  function onDragOver(event: DragEvent<HTMLElement>) {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(false);
    const dropped = Array.from(event.dataTransfer.files);
    if (dropped.length > 0) void take(dropped);
  }

  return (
    <section
      className="component"
      aria-labelledby={headingId}
      data-invalid={error ? true : undefined}
      data-dragging={dragging || undefined}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        // Leaving for a child of the card is not leaving the card.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="component__head">
        <h4 className="component__name" id={headingId} tabIndex={-1}>
          {component.name}
        </h4>
        <p className="component__meta">
          <span className={component.required ? 'tag tag--required' : 'tag'}>
            {component.required ? texts.submission.required : texts.submission.optional}
          </span>
          {copies ? <span>{copies}</span> : null}
        </p>
        {component.templates.length > 0 ? (
          <p className="component__templates">
            {texts.submission.templates}{' '}
            {component.templates.map((template, i) => (
              <span key={template.id}>
                {i > 0 ? ', ' : null}
                <a href={`${TEMPLATE_BASE}${encodeURIComponent(template.id)}`} download>
                  {template.name}
                </a>
              </span>
            ))}
          </p>
        ) : null}
      </div>

      {error ? (
        <FieldError id={`${headingId}-error`} className="component__error">
          {error}
        </FieldError>
      ) : null}

      {files.length > 0 || uploads.length > 0 ? (
        <ul className="file-list" aria-label={texts.submission.uploadedFiles}>
          {files.map((file) => {
            const removing = remove.isPending && remove.variables.fileId === file.id;
            return (
              <FileRow
                key={file.id}
                name={file.name}
                meta={
                  <>
                    {fileTypeLabel(file.mime)} · {formatFileSize(file.size)}
                    {file.reused ? <span className="tag tag--info">{texts.submission.reused}</span> : null}
                  </>
                }
                action={{
                  text: removing ? texts.submission.removing : texts.submission.removeFile,
                  label: texts.submission.removeFileLabel(file.name),
                  disabled: removing,
                  onClick: () =>
                    remove.mutate(
                      { draftId, fileId: file.id },
                      { onError: () => notify(texts.submission.removeFailed(file.name)) },
                    ),
                }}
              />
            );
          })}
          {uploads.map((upload) => {
            const percent = upload.total > 0 ? Math.round((upload.loaded / upload.total) * 100) : 0;
            return (
              <FileRow
                key={upload.key}
                name={upload.name}
                meta={`${formatFileSize(upload.size)} · ${percent}%`}
                progress={{ percent, label: texts.submission.uploading(upload.name) }}
              />
            );
          })}
        </ul>
      ) : null}

      <Notices messages={messages} />

      <div className="component__add">
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={`${headingId} ${hintId}`}
          onClick={() => input.current?.click()}
        >
          <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="M12 16V4m0 0L7 9m5-5l5 5M5 15v3a2 2 0 002 2h10a2 2 0 002-2v-3"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {texts.submission.chooseFiles}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={headingId}
          onClick={() => setChoosing(true)}
        >
          {texts.submission.fromDocuments}
        </button>
        <span className="component__drop-hint" id={hintId}>
          {texts.submission.dropHint}
        </span>
        {/* Reached through the button; kept labelled so assistive technology and tests find it by name. */}
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          multiple
          accept={ACCEPT}
          aria-label={texts.submission.chooseFiles}
          aria-describedby={headingId}
          onChange={(event) => {
            const chosen = event.target.files ? Array.from(event.target.files) : [];
            // Cleared, so choosing the same file again (after fixing it) still fires a change.
            event.target.value = '';
            if (chosen.length > 0) void take(chosen);
          }}
        />
      </div>

      {dragging ? (
        <p className="component__drop-overlay" aria-hidden="true">
          {texts.submission.dropHere}
        </p>
      ) : null}

      {choosing ? (
        <DocumentsDialog
          draftId={draftId}
          componentIndex={index}
          componentName={component.name}
          onClose={() => setChoosing(false)}
          onAttached={(document) => {
            setChoosing(false);
            announce(texts.submission.uploadedFile(document.name));
            onAttached();
          }}
        />
      ) : null}
    </section>
  );
}
