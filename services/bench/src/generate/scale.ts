/** Row counts of the "Occitanie × 10" dataset at scale factor 1 (issue 10). */
export const OCCITANIE_X10 = {
  organismes: 2_000,
  actions: 50_000,
  sessions: 100_000,
  stagiaires: 600_000,
  heuresMensuelles: 6_000_000,
  factures: 300_000,
} as const;

export type Scale = { -readonly [K in keyof typeof OCCITANIE_X10]: number };

/** The dataset at `factor` (0.01 → 20 organismes, 500 actions…), never below one row per table. */
export function scaled(factor: number): Scale {
  if (!(factor > 0 && factor <= 1)) throw new Error(`facteur d'échelle hors de ]0, 1] : ${factor}`);
  return Object.fromEntries(Object.entries(OCCITANIE_X10).map(([key, count]) => [key, Math.max(1, Math.round(count * factor))])) as Scale;
}
