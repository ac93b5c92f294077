import { RESULT_METHOD_LABELS, type CitizenDossier, type DossierFile } from '@motcua/shared';
import { Alert } from '../../../components/alert';
import { Instant } from '../../../components/dossier-parts';
import { formatFileSize } from '../../../components/file-rules';
import { SignatureVerdict } from '../../../components/signature-verdict';
import { texts } from '../../../config/texts';
import { describeError } from '../../../lib/form-errors';
import { formatInstant } from '../../../lib/format';
import { useDownloadFile } from '../api/download-file';
import { useVerifyResult } from '../api/verify-result';
import { splitFiles } from '../my-dossier';

function SealIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M12 2l2.4 2.1 3.2-.3.9 3.1 2.8 1.6-1 3.1 1 3.1-2.8 1.6-.9 3.1-3.2-.3L12 22l-2.4-2.1-3.2.3-.9-3.1-2.8-1.6 1-3.1-1-3.1 2.8-1.6.9-3.1 3.2.3z"
        fill="currentColor"
      />
      <path d="M8.5 12.2l2.4 2.4 4.6-4.8" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function FileItem({
  dossierId,
  file,
  download,
  verify,
}: {
  dossierId: string;
  file: DossierFile;
  download: ReturnType<typeof useDownloadFile>;
  verify: ReturnType<typeof useVerifyResult>;
}) {
  const downloading = download.isPending && download.variables.fileId === file.id;
  const verifying = verify.isPending && verify.variables.fileId === file.id;
  const verified = verify.isSuccess && verify.variables.fileId === file.id ? verify.data : null;
  const verifyFailed = verify.isError && verify.variables.fileId === file.id;
  return (
    <li className="file-item">
      <div className="file-item__main">
        <span className="file-item__name">{file.name}</span>
        <span className="file-item__meta">
          {texts.myDossiers.fileKinds[file.kind]} · {formatFileSize(file.size)} ·{' '}
          <Instant value={file.createdAt} />
        </span>
        {file.signed ? (
          <span className="file-item__signed">
            <SealIcon />
            {file.signedByName && file.signedAt
              ? texts.myDossiers.signedBy(file.signedByName, formatInstant(file.signedAt))
              : texts.myDossiers.signedUnknown}
          </span>
        ) : null}
      </div>
      <div className="file-item__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={downloading}
          aria-label={texts.myDossiers.downloadFile(file.name)}
          onClick={() => download.mutate({ dossierId, fileId: file.id, name: file.name })}
        >
          {downloading ? texts.myDossiers.downloading : texts.myDossiers.download}
        </button>
        {file.signed ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={verifying}
            aria-label={texts.myDossiers.verifySignatureOf(file.name)}
            onClick={() => verify.mutate({ dossierId, fileId: file.id, name: file.name })}
          >
            {verifying ? texts.myDossiers.verifying : texts.myDossiers.verifySignature}
          </button>
        ) : null}
      </div>
      {verified ? (
        <div className="file-item__verdict">
          <SignatureVerdict result={verified} />
        </div>
      ) : null}
      {verifyFailed ? (
        <div className="file-item__verdict">
          <Alert tone="error" title={texts.myDossiers.verifyFailed}>
            <p>{describeError(verify.error)}</p>
          </Alert>
        </div>
      ) : null}
    </li>
  );
}

const ENDED_WITHOUT_RESULT: readonly CitizenDossier['state'][] = ['refused', 'stopped', 'withdrawn'];

/** The files the citizen may see: the result first once returned, then what they handed in. */
export function FilesSection({ dossier }: { dossier: CitizenDossier }) {
  const download = useDownloadFile();
  const verify = useVerifyResult();
  const { submitted, results } = splitFiles(dossier.files);
  const showResults = results.length > 0 || !ENDED_WITHOUT_RESULT.includes(dossier.state);

  return (
    <section className="card dossier-section" aria-labelledby="files-heading">
      <h2 id="files-heading" className="card__heading">
        {texts.myDossiers.filesHeading}
      </h2>
      {download.isError ? (
        <Alert tone="error" title={texts.myDossiers.downloadFailed}>
          <p>{describeError(download.error)}</p>
        </Alert>
      ) : null}

      {showResults ? (
        <>
          <h3 className="fee__subheading" id="result-files-heading">
            {texts.myDossiers.resultFilesHeading}
          </h3>
          {results.length > 0 ? (
            <ul className="file-list" aria-labelledby="result-files-heading">
              {results.map((file) => (
                <FileItem
                  key={file.id}
                  dossierId={dossier.id}
                  file={file}
                  download={download}
                  verify={verify}
                />
              ))}
            </ul>
          ) : (
            <p className="details__empty">
              {dossier.resultMethod === 'online'
                ? texts.myDossiers.resultPending
                : texts.myDossiers.resultElsewhere(RESULT_METHOD_LABELS[dossier.resultMethod])}
            </p>
          )}
        </>
      ) : null}

      <h3 className="fee__subheading" id="submitted-files-heading">
        {texts.myDossiers.submittedFilesHeading}
      </h3>
      {submitted.length > 0 ? (
        <ul className="file-list" aria-labelledby="submitted-files-heading">
          {submitted.map((file) => (
            <FileItem key={file.id} dossierId={dossier.id} file={file} download={download} verify={verify} />
          ))}
        </ul>
      ) : (
        <p className="details__empty">{texts.myDossiers.filesEmpty}</p>
      )}
    </section>
  );
}
