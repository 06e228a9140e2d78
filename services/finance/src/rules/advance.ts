import { mulDivFloor, mulDivRound } from "./arithmetic.js";

/** Amount of the advance: `tauxPointsDeBase` of the contract amount (1000 = 10 %), to the cent. */
export function montantAvance(prixTotal: number, tauxPointsDeBase: number): number {
  if (!Number.isInteger(tauxPointsDeBase) || tauxPointsDeBase < 0 || tauxPointsDeBase > 10_000) {
    throw new RangeError(`Taux d'avance invalide : ${tauxPointsDeBase}`);
  }
  return mulDivRound(prixTotal, tauxPointsDeBase, 10_000);
}

/**
 * Seed 000's recovery thresholds, in percent of realisation: 1/3 of the advance is recovered
 * between 10 and 20 %, 2/3 between 30 and 40 %, all of it between 50 and 60 %.
 */
export const BANDES_RECUPERATION: readonly { de: number; a: number; tiers: number }[] = [
  { de: 10, a: 20, tiers: 1 },
  { de: 30, a: 40, tiers: 2 },
  { de: 50, a: 60, tiers: 3 },
];

/**
 * Cumulative part of the advance that must have been recovered at a realisation rate of
 * `realise / prixTotal`, in cents.
 *
 * Interpolation: LINEAR INSIDE A BAND, FLAT BETWEEN BANDS. Below 10 % nothing; from 10 % to
 * 20 % the target rises linearly from 0 to 1/3 of the advance; it stays at 1/3 from 20 to
 * 30 %; rises linearly to 2/3 from 30 to 40 %; stays at 2/3 from 40 to 50 %; rises linearly
 * to the whole advance from 50 to 60 %, and stays there. So at 15 % one sixth is recovered,
 * at 20 % and at 25 % one third, at 60 % and beyond everything.
 *
 * Computed exactly on the fraction realise / prixTotal (no rounded rate) and rounded DOWN to
 * the cent: the target never exceeds the advance, reaches it exactly at 60 %, and never
 * decreases when the rate grows (floor of a non-decreasing function).
 */
export function cibleRecuperation(avance: number, realise: number, prixTotal: number): number {
  if (avance <= 0 || prixTotal <= 0 || realise <= 0) return 0;
  let cible = 0;
  for (const { de, a, tiers } of BANDES_RECUPERATION) {
    const base = mulDivFloor(avance, tiers - 1, 3);
    // realise × 100 compared with de × prixTotal: is the rate below, inside or above the band?
    const rate100 = BigInt(realise) * 100n;
    if (rate100 <= BigInt(de) * BigInt(prixTotal)) return Math.max(cible, base);
    if (rate100 >= BigInt(a) * BigInt(prixTotal)) {
      cible = mulDivFloor(avance, tiers, 3);
      continue;
    }
    // Inside the band: avance × [(tiers−1)/3 + (100·realise/prixTotal − de) / (3·(a − de))].
    const numerator = BigInt(tiers - 1) * BigInt(a - de) * BigInt(prixTotal) + rate100 - BigInt(de) * BigInt(prixTotal);
    const denominator = 3n * BigInt(a - de) * BigInt(prixTotal);
    return Number((BigInt(avance) * numerator) / denominator);
  }
  return cible;
}

/**
 * What one invoice recovers: the cumulative target at the rate reached with this invoice,
 * minus what earlier invoices already recovered — never negative, never more than the
 * invoice's amount (`plafond`, its TTC), never more than what is left of the advance.
 * When an invoice is too small, the rest is caught up by the next ones (the target is cumulative).
 */
export function recuperationAvance(input: {
  avance: number;
  dejaRecupere: number;
  realiseCumule: number;
  prixTotal: number;
  plafond: number;
}): number {
  const cible = cibleRecuperation(input.avance, input.realiseCumule, input.prixTotal);
  const restant = Math.max(0, input.avance - input.dejaRecupere);
  return Math.max(0, Math.min(cible - input.dejaRecupere, input.plafond, restant));
}
