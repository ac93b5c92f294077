/** One root for every report form query, so that saving a version refreshes the list and the editor at once. */
export const reportTemplatesKey = ['report-templates'] as const;
