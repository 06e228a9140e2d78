/** True when a write failed on a unique index (SQLite or MySQL/MariaDB): the race a pre-check cannot close. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } } | null;
  const codes = [e?.code, e?.driverError?.code];
  return codes.includes("SQLITE_CONSTRAINT_UNIQUE") || codes.includes("ER_DUP_ENTRY") || e?.errno === 1062 || e?.driverError?.errno === 1062;
}
