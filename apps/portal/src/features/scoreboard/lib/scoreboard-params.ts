import { UuidSchema } from '@motcua/shared';

/** The province and the year live in the URL (`/bang-xep-hang?tinh=…&nam=2025`), so a ranking can be shared. */
export const SCOREBOARD_PARAMS = { province: 'tinh', year: 'nam' } as const;

/** How many years the picker offers: this year and the ones before it. */
export const YEAR_CHOICES = 3;

export type ScoreboardSelection = { provinceId: string | null; year: number };

const vietnamYear = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });

/** The current year on Vietnam's clock, whatever the device's zone (New Year's Eve is already the new year there). */
export function currentYear(now: Date = new Date()): number {
  return Number(vietnamYear.format(now));
}

/** The years the picker offers, newest first. */
export function yearOptions(thisYear: number): number[] {
  return Array.from({ length: YEAR_CHOICES }, (_, i) => thisYear - i);
}

/** The selection in a URL; a province that is not an id, or a year the picker does not offer, falls back to the default. */
export function parseSelection(params: URLSearchParams, thisYear: number): ScoreboardSelection {
  const province = UuidSchema.safeParse(params.get(SCOREBOARD_PARAMS.province));
  const year = Number(params.get(SCOREBOARD_PARAMS.year));
  return {
    provinceId: province.success ? province.data : null,
    year: yearOptions(thisYear).includes(year) ? year : thisYear,
  };
}

/** The URL's query for a selection (the current year left out, like the default province). */
export function selectionParams(selection: ScoreboardSelection, thisYear: number): URLSearchParams {
  const params = new URLSearchParams();
  if (selection.provinceId) params.set(SCOREBOARD_PARAMS.province, selection.provinceId);
  if (selection.year !== thisYear) params.set(SCOREBOARD_PARAMS.year, String(selection.year));
  return params;
}

/** The API's query string (GET /public/scoreboard): the server picks the province when none is chosen. */
export function scoreboardQuery(selection: ScoreboardSelection): string {
  const query = new URLSearchParams();
  if (selection.provinceId) query.set('provinceId', selection.provinceId);
  query.set('year', String(selection.year));
  return query.toString();
}
