import type { SVGProps } from 'react';
import { Icon } from '../../../components/icons';

/** The navigation's mark for reports: a sheet with a bar chart. */
export function ReportsIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <Icon {...props}>
      <path d="M5 3h10l4 4v14H5Z" />
      <path d="M15 3v4h4" />
      <path d="M9 17v-3M12 17v-6M15 17v-4" />
    </Icon>
  );
}
