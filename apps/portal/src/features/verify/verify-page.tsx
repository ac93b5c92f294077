import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { FileDrop } from '../../components/file-drop';
import { fileProblemOf, isTooLarge } from '../../components/file-rules';
import { SignatureVerdict } from '../../components/signature-verdict';
import { LoadingState } from '../../components/states';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { useVerifyFile } from '../../lib/verify-file';
import './verify.css';

function problemText(error: unknown): string {
  switch (fileProblemOf(error)) {
    case 'too_large':
      return texts.verify.fileTooLarge;
    case 'wrong_type':
      return texts.verify.fileTypeRejected;
    default:
      return describeError(error);
  }
}

/** Anyone checks that a result file was issued and signed here and has not been altered since. */
export function VerifyPage() {
  const verify = useVerifyFile();
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  function check(files: File[]) {
    const file = files[0];
    if (!file) return;
    setFileName(file.name);
    verify.reset();
    setTooLarge(isTooLarge(file));
    if (!isTooLarge(file)) verify.mutate(file);
  }

  // On a phone the answer lands below the fold: bring it into view, and to the screen reader, once it is there.
  useEffect(() => {
    if (verify.isSuccess) resultHeading.current?.focus();
  }, [verify.isSuccess]);

  return (
    <div className="page">
      <DocumentTitle page={texts.verify.title} />
      <div className="container verify">
        <header className="page__header">
          <h1>{texts.verify.title}</h1>
          <p className="lead">{texts.verify.lead}</p>
        </header>
        <div className="card">
          <FileDrop
            label={texts.verify.fileLabel}
            hint={texts.verify.fileHint}
            dropText={texts.verify.dropText}
            chooseLabel={texts.verify.chooseFile}
            disabled={verify.isPending}
            onFiles={check}
          />
          <p className="verify__privacy">{texts.verify.privacy}</p>
        </div>

        {verify.isPending && fileName ? <LoadingState label={texts.verify.checking(fileName)} /> : null}
        {tooLarge ? (
          <Alert tone="error" title={texts.verify.failed} focusOnMount>
            <p>{texts.verify.fileTooLarge}</p>
          </Alert>
        ) : null}
        {verify.isError ? (
          <Alert tone="error" title={texts.verify.failed} focusOnMount>
            <p>{problemText(verify.error)}</p>
          </Alert>
        ) : null}
        {verify.isSuccess ? (
          <section className="verify__result" aria-labelledby="verify-result-heading">
            <h2 id="verify-result-heading" ref={resultHeading} tabIndex={-1}>
              {texts.verify.resultHeading}
            </h2>
            <SignatureVerdict result={verify.data} fileName={fileName ?? undefined} linkDossier />
          </section>
        ) : null}
      </div>
    </div>
  );
}
