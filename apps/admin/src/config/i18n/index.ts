import type { Role, UnitLevel, UserStatus } from '@motcua/shared';
import { vi, type Messages } from './vi';

export type { Messages };

/** BCP 47 tag used for number and date formatting; switches together with `texts`. */
export const locale = 'vi-VN';

/** The active language. Adding English means an `en: Messages` object and choosing it here. */
export const texts: Messages = vi;

export function roleLabel(role: Role): string {
  return texts.roles[role];
}

export function unitLevelLabel(level: UnitLevel): string {
  return texts.unitLevels[level];
}

export function userStatusLabel(status: UserStatus): string {
  return texts.userStatuses[status];
}
