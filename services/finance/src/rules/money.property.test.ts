import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cibleRecuperation, recuperationAvance } from "./advance.js";
import { calculerFacture } from "./invoice-amounts.js";
import { lignesPeriode, type RealisationMois } from "./period-cost.js";
import { ventiler } from "./vat.js";

// Seeded: a failure is reproducible from the printed seed and path.
const options = { numRuns: 500, seed: 20_221_111 };
const cents = fc.integer({ min: 0, max: 100_000_000_00 });
const hundredths = fc.integer({ min: 0, max: 10_000_00 });
const taux = fc.constantFrom(0, 550, 1000, 1960, 2000);

const realisation: fc.Arbitrary<RealisationMois> = fc.record({
  mois: fc.constant("2022-09"),
  nombreStagiaires: fc.integer({ min: 0, max: 200 }),
  heuresRealiseesCentre: hundredths,
  heuresNonRealiseesJustifieesCentre: hundredths,
  heuresRealiseesEntreprise: hundredths,
  heuresNonRealiseesJustifieesEntreprise: hundredths,
  forfaitsRealises: fc.integer({ min: 0, max: 12_000 }),
});
const tarifs = fc.record({ FP: fc.integer({ min: 0, max: 1_000_000 }), HC: fc.integer({ min: 0, max: 10_000 }), HE: fc.integer({ min: 0, max: 10_000 }) });
const sousTraitances = fc.array(fc.record({ id: fc.nat(), sousTraitant: fc.string(), montantHT: fc.integer({ min: -100, max: 5_000_000 }) }), { maxLength: 4 });

describe("money properties", () => {
  it("HT + TVA = TTC, TVA within half a cent of the exact product, TTC = HT when exonéré", () => {
    fc.assert(
      fc.property(cents, taux, (ht, bp) => {
        const v = ventiler(ht, bp);
        expect(v.montantHT + v.montantTVA).toBe(v.montantTTC);
        // |TVA × 10 000 − HT × bp| ≤ 5 000 (half a cent)
        expect(Math.abs(v.montantTVA * 10_000 - ht * bp)).toBeLessThanOrEqual(5_000);
        if (bp === 0) expect(v.montantTTC).toBe(ht);
      }),
      options,
    );
  });

  it("an invoice's realised HT is the sum of its lines; deductions are never negative; nothing to pay is invented", () => {
    fc.assert(
      fc.property(
        fc.array(realisation, { minLength: 1, maxLength: 3 }),
        tarifs,
        taux,
        sousTraitances,
        fc.option(fc.integer({ min: 0, max: 50_000_000 })),
        fc.option(fc.record({ montant: fc.integer({ min: 0, max: 50_000_000 }), deja: fc.integer({ min: 0, max: 100 }) })),
        fc.integer({ min: 1, max: 100_000_000_00 }),
        fc.boolean(),
        (mois, prix, bp, st, plafond, avance, prixTotal, solde) => {
          const lignes = lignesPeriode(mois, prix);
          const m = calculerFacture({
            lignes,
            tauxTvaPointsDeBase: bp,
            plafondRealise: plafond,
            sousTraitances: st,
            avance: avance ? { montant: avance.montant, dejaRecupere: Math.floor((avance.montant * avance.deja) / 100) } : null,
            realiseCumule: lignes.reduce((s, l) => s + l.montant, 0),
            prixTotal,
            solde,
          });
          expect(m.realiseHT).toBe(lignes.reduce((s, l) => s + l.montant, 0));
          for (const deduction of [m.reportAuSolde, m.sousTraitance, m.avanceRecuperee, m.montantTVA]) expect(deduction).toBeGreaterThanOrEqual(0);
          expect(m.realiseHT - m.reportAuSolde - m.sousTraitance).toBe(m.montantHT);
          expect(m.montantHT).toBeGreaterThanOrEqual(0);
          expect(m.montantTTC - m.avanceRecuperee).toBe(m.montantAPayer);
          if (!solde) expect(m.montantAPayer).toBeGreaterThanOrEqual(0);
          if (avance) expect(m.avanceRecuperee).toBeLessThanOrEqual(avance.montant);
        },
      ),
      options,
    );
  });

  it("the recovered advance is monotone in the realisation rate and never exceeds the advance", () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 100_000_000_00 }), fc.nat(), fc.nat(), (avance, total, r1, r2) => {
        const [a, b] = [Math.min(r1, r2) % (total * 2), Math.max(r1, r2) % (total * 2)].sort((x, y) => x - y) as [number, number];
        const low = cibleRecuperation(avance, a, total);
        const high = cibleRecuperation(avance, b, total);
        expect(low).toBeLessThanOrEqual(high);
        expect(high).toBeLessThanOrEqual(avance);
        expect(low).toBeGreaterThanOrEqual(0);
      }),
      options,
    );
  });

  it("recovering invoice after invoice never recovers more than the advance, and all of it once 60 % is passed with enough to deduct from", () => {
    fc.assert(
      fc.property(cents, fc.array(fc.tuple(fc.integer({ min: 0, max: 2_000 }), cents), { minLength: 1, maxLength: 12 }), (avance, factures) => {
        const total = 100_000_00;
        let realise = 0;
        let recupere = 0;
        for (const [pasBp, ttc] of factures) {
          realise += Math.floor((total * pasBp) / 10_000);
          const r = recuperationAvance({ avance, dejaRecupere: recupere, realiseCumule: realise, prixTotal: total, plafond: ttc });
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(ttc);
          recupere += r;
          expect(recupere).toBeLessThanOrEqual(avance);
        }
        const last = recuperationAvance({ avance, dejaRecupere: recupere, realiseCumule: total, prixTotal: total, plafond: Number.MAX_SAFE_INTEGER });
        expect(recupere + last).toBe(avance);
      }),
      options,
    );
  });
});
