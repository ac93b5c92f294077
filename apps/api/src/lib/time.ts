const vietnamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today's date (YYYY-MM-DD) in Vietnam, where every legal date of the product is counted. */
export function todayInVietnam(now = new Date()): string {
  return vietnamDate.format(now);
}
