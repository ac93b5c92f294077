import type { SVGProps } from 'react';
import { Icon } from '../../../components/icons';

/** The navigation's mark for statistics: axes with rising bars and a trend line. */
export function StatisticsIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <Icon {...props}>
      <path d="M4 4v16h16" />
      <path d="M8 16v-3M12 16v-6M16 16v-4" />
      <path d="m7 9 4-3 4 2 5-4" />
    </Icon>
  );
}
