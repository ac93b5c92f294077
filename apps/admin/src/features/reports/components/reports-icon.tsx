import type { SVGProps } from 'react';

/** The navigation's mark for reports: a sheet with a bar chart, drawn like components/icons. */
export function ReportsIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      <path d="M5 3h10l4 4v14H5Z" />
      <path d="M15 3v4h4" />
      <path d="M9 17v-3M12 17v-6M15 17v-4" />
    </svg>
  );
}
