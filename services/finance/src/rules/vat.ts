import { mulDivRound } from "./arithmetic.js";

/** HT, TVA and TTC of an invoice, in cents. */
export interface Ventilation {
  montantHT: number;
  montantTVA: number;
  montantTTC: number;
}

/**
 * VAT of an invoice, computed once on its total HT (one VAT category per invoice, as EN 16931
 * computes the VAT of a category on its taxable base) and rounded to the cent, halves away
 * from zero; TTC = HT + TVA. `tauxPointsDeBase` is the organisme's rate: 0 = exonéré
 * (TTC = HT, seed 000), 1960 = 19,60 %.
 *
 * Why this rounding: seed 001's validated invoices give 8 598,66 → 10 284,00 (exact TVA
 * 1 685,337 36), 3 732,78 → 4 464,40 (731,624 88) and 10 695,99 → 12 792,40 (2 096,414 04):
 * rounding to the nearest cent reproduces all three, truncation misses the first
 * (10 283,99) and rounding up misses the second (4 464,41). None of them falls on an exact
 * half cent, so "halves away from zero" (the French commercial rule) is a choice, not a
 * finding. Rounding TTC = HT × 1,196 or TVA = HT × 0,196 gives the same cents since HT is
 * already in whole cents. The seed's solde line (9 765,80 → 19 531,60, exactly twice the HT)
 * follows no VAT rule at all and is not reproduced.
 */
export function ventiler(montantHT: number, tauxPointsDeBase: number): Ventilation {
  if (!Number.isInteger(tauxPointsDeBase) || tauxPointsDeBase < 0 || tauxPointsDeBase > 10_000) {
    throw new RangeError(`Taux de TVA invalide : ${tauxPointsDeBase}`);
  }
  const montantTVA = mulDivRound(montantHT, tauxPointsDeBase, 10_000);
  return { montantHT, montantTVA, montantTTC: montantHT + montantTVA };
}
