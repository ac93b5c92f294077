/** Escapes LIKE wildcards in user-typed text (PostgreSQL's default escape character is the backslash). */
export function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
