import './success-icon.css';

/** The tick in a filled circle that heads a confirmation screen (a dossier submitted, a feedback sent). */
export function SuccessIcon() {
  return (
    <svg
      className="success-icon"
      width="56"
      height="56"
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="24" cy="24" r="22" fill="currentColor" />
      <path
        d="M14 24.5l7 7 13-14"
        fill="none"
        stroke="#fff"
        strokeWidth="4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
