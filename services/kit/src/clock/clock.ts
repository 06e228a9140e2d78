/** The time, injectable: tests and demos may stand on any date (`SIGMA_NOW`, refused in production). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const fixed = env.SIGMA_NOW;
  if (!fixed) return systemClock;
  if (env.NODE_ENV === "production") throw new Error("SIGMA_NOW est interdit en production");
  const instant = new Date(fixed);
  if (Number.isNaN(instant.getTime())) throw new Error(`SIGMA_NOW invalide : ${fixed}`);
  // The clock starts at SIGMA_NOW and runs from there.
  const offset = instant.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** The calendar day of an instant in Paris, "YYYY-MM-DD" (a declaration's deadline is a French day). */
export function parisDay(instant: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(instant);
}
