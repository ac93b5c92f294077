/** The portal's mark: a gold star on a red shield-like square, decorative only (the name is always written out). */
export function BrandMark({ size = 44 }: { size?: number }) {
  return (
    <svg
      className="brand-mark"
      width={size}
      height={size}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="1" y="1" width="46" height="46" rx="12" fill="#c8102e" stroke="#ffd54f" strokeWidth="2" />
      <path
        fill="#ffd54f"
        d="M24 9.5l3.9 11.9h12.5l-10.1 7.3 3.9 11.9L24 33.3l-10.2 7.3 3.9-11.9-10.1-7.3h12.5z"
      />
    </svg>
  );
}
