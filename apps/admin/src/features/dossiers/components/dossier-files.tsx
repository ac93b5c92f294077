import { FILE_KINDS, type Dossier, type DossierFile, type FileKind } from '@motcua/shared';
import { useId, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/field';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { cx } from '../../../lib/cx';
import { formatDateTime } from '../../../lib/format';
import { useDownloadFile } from '../api/download-file';
import { useUploadFile } from '../api/upload-file';
import { defaultUploadKind, MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, uploadKindsFor } from '../lib/uploads';

/** How long a downloaded file's address stays valid: the browser has saved it by then. */
const URL_LIFETIME_MS = 60_000;

function problemText(error: unknown): string {
  const { title, detail } = describeError(error);
  return detail ?? title;
}

function FileRow({ dossierId, file }: { dossierId: string; file: DossierFile }) {
  const t = texts.dossiers.files;
  const download = useDownloadFile();
  const [problem, setProblem] = useState<string | null>(null);

  function save() {
    setProblem(null);
    download.mutate(
      { dossierId, fileId: file.id },
      {
        onSuccess: (blob) => {
          const url = URL.createObjectURL(blob);
          const link = document.createElement('a');
          link.href = url;
          link.download = file.name;
          link.click();
          window.setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
        },
        onError: (error) => setProblem(`${t.downloadFailed}: ${problemText(error)}`),
      },
    );
  }

  return (
    <li className="file-row">
      <div className="file-main">
        <p className="file-name">{file.name}</p>
        <p className="file-meta">
          <span>{texts.dossiers.fileSize(file.size)}</span>
          <span>{t.uploadedAt(formatDateTime(file.createdAt))}</span>
          {file.componentIndex !== null && <span>{t.componentOf(file.componentIndex + 1)}</span>}
          {file.kind === 'result' &&
            (file.signed && file.signedByName && file.signedAt ? (
              <Badge tone="success">{t.signed(file.signedByName, formatDateTime(file.signedAt))}</Badge>
            ) : (
              <Badge tone="muted">{t.unsigned}</Badge>
            ))}
        </p>
        {problem && <Alert tone="danger">{problem}</Alert>}
      </div>
      <Button size="sm" onClick={save} busy={download.isPending} aria-label={t.downloadOf(file.name)}>
        {t.download}
      </Button>
    </li>
  );
}

function UploadForm({ dossier, kinds }: { dossier: Dossier; kinds: FileKind[] }) {
  const t = texts.dossiers.files;
  const toast = useToast();
  const upload = useUploadFile();
  const inputRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [kind, setKind] = useState<FileKind | undefined>(() => defaultUploadKind(kinds));
  const [componentIndex, setComponentIndex] = useState('');
  const [problem, setProblem] = useState<{ field: 'file' | 'component' | 'form'; message: string } | null>(
    null,
  );
  // The state moved on (a reload, another officer's action): offer what it allows now.
  const chosen = kind && kinds.includes(kind) ? kind : defaultUploadKind(kinds);

  function submit() {
    setProblem(null);
    const file = inputRef.current?.files?.[0];
    if (!chosen) return;
    if (chosen === 'component' && componentIndex === '') {
      return setProblem({ field: 'component', message: t.componentRequired });
    }
    if (!file) return setProblem({ field: 'file', message: t.fileRequired });
    if (file.size > MAX_UPLOAD_BYTES) return setProblem({ field: 'file', message: t.tooLarge });
    upload.mutate(
      {
        id: dossier.id,
        kind: chosen,
        componentIndex: chosen === 'component' ? Number(componentIndex) : undefined,
        file,
      },
      {
        onSuccess: (saved) => {
          toast.notify(t.uploaded(saved.name));
          if (inputRef.current) inputRef.current.value = '';
        },
        onError: (error) => setProblem({ field: 'form', message: problemText(error) }),
      },
    );
  }

  const fileError = problem?.field === 'file' ? problem.message : undefined;
  return (
    <div className="upload-form" role="group" aria-labelledby={`${fileId}-title`}>
      <h3 id={`${fileId}-title`} className="upload-title">
        {t.uploadTitle}
      </h3>
      <div className="upload-fields">
        <SelectField
          label={t.kind}
          value={chosen ?? ''}
          onChange={(event) => setKind(FILE_KINDS.find((k) => k === event.target.value))}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </SelectField>
        {chosen === 'component' && (
          <SelectField
            label={t.component}
            value={componentIndex}
            onChange={(event) => setComponentIndex(event.target.value)}
            error={problem?.field === 'component' ? problem.message : undefined}
          >
            <option value="">{t.componentPlaceholder}</option>
            {dossier.components.map((c) => (
              <option key={c.index} value={String(c.index)}>
                {`${c.index + 1}. ${c.name.slice(0, 90)}${c.name.length > 90 ? '…' : ''}`}
              </option>
            ))}
          </SelectField>
        )}
        <div className={cx('field', fileError && 'field-invalid')}>
          <label className="field-label" htmlFor={fileId}>
            {t.file}
          </label>
          <p id={`${fileId}-hint`} className="field-hint">
            {t.fileHint}
          </p>
          <input
            ref={inputRef}
            id={fileId}
            type="file"
            className="input file-input"
            accept={UPLOAD_ACCEPT}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
          />
          {fileError && (
            <p id={`${fileId}-error`} className="field-error">
              {fileError}
            </p>
          )}
        </div>
      </div>
      {problem?.field === 'form' && <Alert tone="danger">{problem.message}</Alert>}
      <div>
        <Button variant="primary" size="sm" onClick={submit} busy={upload.isPending}>
          {upload.isPending ? t.uploading : t.upload}
        </Button>
      </div>
    </div>
  );
}

/**
 * The dossier's files: scanned components, supplements and the result (signed by the leader when the
 * result is approved). Officers who can act on the dossier now can attach what its state allows.
 */
export function DossierFiles({ dossier }: { dossier: Dossier }) {
  const t = texts.dossiers.files;
  const files = dossier.files;
  // Only the units holding the dossier may attach; being offered an action now is the sign of that.
  const kinds = dossier.allowedActions.length > 0 ? uploadKindsFor(dossier.state) : [];
  return (
    <>
      {files.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        FILE_KINDS.filter((kind) => files.some((f) => f.kind === kind)).map((kind) => (
          <div key={kind} className="file-group">
            <h3 className="file-group-title">{t.kinds[kind]}</h3>
            <ul className="file-list" aria-label={t.kinds[kind]}>
              {files
                .filter((f) => f.kind === kind)
                .map((file) => (
                  <FileRow key={file.id} dossierId={dossier.id} file={file} />
                ))}
            </ul>
          </div>
        ))
      )}
      {kinds.length > 0 && <UploadForm dossier={dossier} kinds={kinds} />}
    </>
  );
}
