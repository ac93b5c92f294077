import { zodResolver } from '@hookform/resolvers/zod';
import type { CitizenDossier } from '@motcua/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert, FormErrorAlert } from '../../../components/alert';
import { Instant } from '../../../components/dossier-parts';
import { TextAreaField } from '../../../components/field';
import { FileDrop } from '../../../components/file-drop';
import { fileProblemOf, formatFileSize, isTooLarge } from '../../../components/file-rules';
import { texts } from '../../../config/texts';
import { applyServerErrors, describeError, type FormError } from '../../../lib/form-errors';
import { useSubmitSupplement } from '../api/submit-supplement';
import { useUploadSupplementFile } from '../api/upload-supplement-file';
import { actionErrorMessage, pendingSupplementFiles } from '../my-dossier';
import {
  emptySupplementForm,
  SupplementFormSchema,
  supplementFields,
  toSupplementPayload,
  type SupplementFormValues,
} from '../my-dossier-form-schema';

function uploadProblem(error: unknown, name: string): string {
  switch (fileProblemOf(error)) {
    case 'too_large':
      return texts.myDossiers.fileTooLarge(name);
    case 'wrong_type':
      return texts.myDossiers.fileTypeRejected(name);
    default:
      return `${name}: ${describeError(error)}`;
  }
}

function SupplementForm({ dossier, onSent }: { dossier: CitizenDossier; onSent: () => void }) {
  const upload = useUploadSupplementFile();
  const submit = useSubmitSupplement();
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [formError, setFormError] = useState<FormError | null>(null);
  const pending = pendingSupplementFiles(dossier);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SupplementFormValues>({
    resolver: zodResolver(SupplementFormSchema),
    defaultValues: emptySupplementForm,
  });

  // One file after another: the citizen sees which one is on its way, and one refusal does not stop the rest.
  async function uploadAll(files: File[]) {
    setUploadErrors([]);
    setFormError(null);
    const problems: string[] = [];
    for (const file of files) {
      if (isTooLarge(file)) {
        problems.push(texts.myDossiers.fileTooLarge(file.name));
        continue;
      }
      setUploading(file.name);
      try {
        await upload.mutateAsync({ dossierId: dossier.id, file });
      } catch (error) {
        problems.push(uploadProblem(error, file.name));
      }
    }
    setUploading(null);
    setUploadErrors(problems);
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    if (pending.length === 0) {
      setFormError({ message: texts.myDossiers.supplementNeedsFile, focus: true });
      return;
    }
    try {
      await submit.mutateAsync({ dossierId: dossier.id, ...toSupplementPayload(values, dossier.version) });
      onSent();
    } catch (error) {
      const { message, marked } = applyServerErrors(error, supplementFields, setError);
      setFormError({
        message: actionErrorMessage(error, message, texts.myDossiers.versionConflict),
        focus: marked === 0,
      });
    }
  });

  const busy = uploading !== null || submit.isPending;

  return (
    <div className="supplement-form">
      <h3 className="supplement-form__heading">{texts.myDossiers.supplementUploadHeading}</h3>
      <FileDrop
        label={texts.myDossiers.supplementFileLabel}
        hint={texts.myDossiers.fileHint}
        dropText={texts.myDossiers.fileDropText}
        chooseLabel={texts.myDossiers.chooseFiles}
        multiple
        disabled={busy}
        onFiles={(files) => void uploadAll(files)}
      />
      {uploading ? (
        <p className="upload-progress" role="status">
          <span className="spinner spinner--small" aria-hidden="true" />
          {texts.myDossiers.uploadingFile(uploading)}
        </p>
      ) : null}
      {uploadErrors.length > 0 ? (
        <Alert tone="error" title={texts.myDossiers.uploadFailed}>
          {uploadErrors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Alert>
      ) : null}

      <h4 className="supplement-form__uploaded" id="supplement-uploaded-heading">
        {texts.myDossiers.supplementUploaded}
      </h4>
      {pending.length === 0 ? (
        <p className="details__empty">{texts.myDossiers.supplementNoFiles}</p>
      ) : (
        <ul className="file-list file-list--compact" aria-labelledby="supplement-uploaded-heading">
          {pending.map((file) => (
            <li key={file.id} className="file-item">
              <span className="file-item__name">{file.name}</span>
              <span className="file-item__meta">
                {formatFileSize(file.size)} · <Instant value={file.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}

      <form className="form supplement-form__send" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextAreaField
          label={texts.myDossiers.supplementComment}
          hint={texts.myDossiers.supplementCommentHint}
          rows={3}
          error={errors.comment?.message}
          {...register('comment')}
        />
        <FormErrorAlert title={texts.myDossiers.supplementFailed} error={formError} />
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {submit.isPending ? texts.myDossiers.supplementSubmitting : texts.myDossiers.supplementSubmit}
        </button>
      </form>
    </div>
  );
}

/** What the agency asked for and, while the citizen may answer, the upload and "Gửi bổ sung". */
export function SupplementSection({ dossier, onSent }: { dossier: CitizenDossier; onSent: () => void }) {
  return (
    <section className="card dossier-section dossier-section--attention" aria-labelledby="supplement-heading">
      <h2 id="supplement-heading" className="card__heading">
        {texts.myDossiers.supplementHeading}
      </h2>
      <p>{texts.myDossiers.supplementLead}</p>
      {dossier.supplementItems.length > 0 ? (
        <ul className="bullet-list">
          {dossier.supplementItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {dossier.supplementReason ? (
        <p>
          <strong>{texts.myDossiers.supplementReason}</strong> {dossier.supplementReason}
        </p>
      ) : null}
      {dossier.actions.includes('supplement') ? <SupplementForm dossier={dossier} onSent={onSent} /> : null}
    </section>
  );
}
