/** A user's search text as a LIKE pattern matched anywhere, wildcards escaped with `!` (portable: SQLite and MySQL). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export const LIKE_ESCAPE = "ESCAPE '!'";
