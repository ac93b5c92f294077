import { Link } from 'react-router';
import { trackPath } from '../config/paths';
import { texts } from '../config/texts';
import { formatInstant } from '../lib/format';
import { DetailRow } from './dossier-parts';
import { verdictOf, type SignatureVerification, type Verdict } from './verdict';
import './signature-verdict.css';

const TITLES: Record<Verdict, { title: string; text: string }> = {
  valid: { title: texts.verify.validTitle, text: texts.verify.validText },
  invalid: { title: texts.verify.invalidTitle, text: texts.verify.invalidText },
  not_issued: { title: texts.verify.notIssuedTitle, text: texts.verify.notIssuedText },
};

function VerdictIcon({ verdict }: { verdict: Verdict }) {
  return (
    <svg
      className="verdict__icon"
      width="28"
      height="28"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="10" fill="currentColor" />
      {verdict === 'valid' ? (
        <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
      ) : verdict === 'invalid' ? (
        <path d="M8 8l8 8M16 8l-8 8" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
      ) : (
        <path d="M12 7v6M12 16.5v.5" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />
      )}
    </svg>
  );
}

type SignatureVerdictProps = {
  result: SignatureVerification;
  /** The name of the file that was checked, shown so the answer cannot be mistaken for another file's. */
  fileName?: string | undefined;
  /** Offers a link to the dossier's public tracking page (not on the citizen's own dossier page). */
  linkDossier?: boolean;
};

/** The answer of POST /public/verify: genuine, not valid, or not issued here, with what the signature says. */
export function SignatureVerdict({ result, fileName, linkDossier = false }: SignatureVerdictProps) {
  const verdict = verdictOf(result);
  const { title, text } = TITLES[verdict];
  return (
    <div className={`verdict verdict--${verdict}`} role="status">
      <p className="verdict__title">
        <VerdictIcon verdict={verdict} />
        <span>{title}</span>
      </p>
      <p>{text}</p>
      <dl className="details details--grid verdict__details">
        {fileName ? <DetailRow label={texts.verify.checkedFile}>{fileName}</DetailRow> : null}
        {result.signed ? (
          <>
            <DetailRow label={texts.verify.dossierCode}>
              {result.dossierCode ? (
                <>
                  <span className="dossier-code">{result.dossierCode}</span>
                  {linkDossier ? (
                    <>
                      {' · '}
                      <Link to={trackPath(result.dossierCode)}>{texts.verify.trackDossier}</Link>
                    </>
                  ) : null}
                </>
              ) : null}
            </DetailRow>
            <DetailRow label={texts.verify.signer}>{result.signedByName}</DetailRow>
            <DetailRow label={texts.verify.signedAt}>
              {result.signedAt ? (
                <time dateTime={result.signedAt}>{formatInstant(result.signedAt)}</time>
              ) : null}
            </DetailRow>
            <DetailRow label={texts.verify.unit}>{result.unitName}</DetailRow>
            <DetailRow label={texts.verify.keyId}>
              {result.keyId ? (
                <code className="verdict__code">{`${result.keyId} (${result.algorithm})`}</code>
              ) : null}
            </DetailRow>
          </>
        ) : null}
        <DetailRow label={texts.verify.sha256}>
          <code className="verdict__code">{result.sha256}</code>
        </DetailRow>
      </dl>
    </div>
  );
}
