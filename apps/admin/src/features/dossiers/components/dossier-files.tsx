import { FILE_KINDS, type Dossier, type DossierFile, type FileKind } from '@motcua/shared';
import { useId, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { FileField, SelectField } from '../../../components/field';
import { FileList, FileRow } from '../../../components/file-list';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { downloadFile } from '../api/download-file';
import { useUploadFile } from '../api/upload-file';
import { defaultUploadKind, MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, uploadKindsFor } from '../lib/uploads';

function problemText(error: unknown): string {
  const { title, detail } = describeError(error);
  return detail ?? title;
}

function DossierFileRow({ dossierId, file }: { dossierId: string; file: DossierFile }) {
  const t = texts.dossiers.files;
  return (
    <FileRow
      name={file.name}
      download={() => downloadFile({ dossierId, file })}
      labels={{ download: t.download, downloadOf: t.downloadOf(file.name), failed: t.downloadFailed }}
    >
      <span>{texts.dossiers.fileSize(file.size)}</span>
      <span>{t.uploadedAt(formatDateTime(file.createdAt))}</span>
      {file.componentIndex !== null && <span>{t.componentOf(file.componentIndex + 1)}</span>}
      {file.kind === 'result' &&
        (file.signed && file.signedByName && file.signedAt ? (
          <Badge tone="success">{t.signed(file.signedByName, formatDateTime(file.signedAt))}</Badge>
        ) : (
          <Badge tone="muted">{t.unsigned}</Badge>
        ))}
    </FileRow>
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
        <FileField
          ref={inputRef}
          id={fileId}
          label={t.file}
          hint={t.fileHint}
          accept={UPLOAD_ACCEPT}
          error={fileError}
        />
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
            <FileList label={t.kinds[kind]}>
              {files
                .filter((f) => f.kind === kind)
                .map((file) => (
                  <DossierFileRow key={file.id} dossierId={dossier.id} file={file} />
                ))}
            </FileList>
          </div>
        ))
      )}
      {kinds.length > 0 && <UploadForm dossier={dossier} kinds={kinds} />}
    </>
  );
}
