import type { SVGProps } from 'react';

/** The navigation's mark for statistics: axes with rising bars and a trend line, drawn like components/icons. */
export function StatisticsIcon(props: SVGProps<SVGSVGElement>) {
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
      <path d="M4 4v16h16" />
      <path d="M8 16v-3M12 16v-6M16 16v-4" />
      <path d="m7 9 4-3 4 2 5-4" />
    </svg>
  );
}
