/** One root for the calendar's queries: saving a year refreshes it and every due date computed on it. */
export const calendarKey = ['calendar'] as const;
