/** A unit as the users screens need it; the app layer builds these from the units feature's list. */
export type UserUnitOption = {
  id: string;
  /** Indented by level, in tree order. */
  label: string;
  accountPrefix: string;
  /** In force today: only those take new accounts. */
  active: boolean;
};
