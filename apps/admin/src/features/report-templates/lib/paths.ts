/** Where the report form screens live in the admin app (see app/router.tsx). */
export const TEMPLATES_PATH = '/report-templates';

/** The editor: a new form, or the next version of a code starting from one of its stored versions. */
export function editorPath(fromId?: string): string {
  return fromId ? `${TEMPLATES_PATH}/new?from=${encodeURIComponent(fromId)}` : `${TEMPLATES_PATH}/new`;
}
