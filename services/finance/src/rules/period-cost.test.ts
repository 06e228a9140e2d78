import { describe, expect, it } from "vitest";
import { coutPeriode, lignesPeriode, type RealisationMois } from "./period-cost.js";

const mois = (m: Partial<RealisationMois> & { mois: string }): RealisationMois => ({
  nombreStagiaires: 0,
  heuresRealiseesCentre: 0,
  heuresNonRealiseesJustifieesCentre: 0,
  heuresRealiseesEntreprise: 0,
  heuresNonRealiseesJustifieesEntreprise: 0,
  forfaitsRealises: 0,
  ...m,
});

const TARIFS = { FP: 317_500, HC: 700, HE: 100 };

describe("cost of a period", () => {
  it("gives seed 001's October 2006 line: 2 445,00 €", () => {
    const octobre = mois({
      mois: "2006-10",
      nombreStagiaires: 3,
      heuresRealiseesCentre: 30_000,
      heuresNonRealiseesJustifieesCentre: 3_500,
      heuresRealiseesEntreprise: 10_000,
      heuresNonRealiseesJustifieesEntreprise: 0,
    });
    expect(lignesPeriode([octobre], TARIFS)).toEqual([
      { prestation: "HC", libelle: "Heure stagiaire centre", quantite: 33_500, prixUnitaire: 700, montant: 234_500 },
      { prestation: "HE", libelle: "Heure stagiaire entreprise", quantite: 10_000, prixUnitaire: 100, montant: 10_000 },
    ]);
    expect(coutPeriode([octobre], TARIFS)).toBe(244_500);
  });

  it("does not pay unjustified absences", () => {
    const m = { ...mois({ mois: "2007-01", heuresRealiseesCentre: 100 }), heuresNonRealiseesNonJustifieesCentre: 5_000 };
    expect(coutPeriode([m], TARIFS)).toBe(700);
  });

  it("adds forfaits parcours and sums the months of a quarter before rounding each line once", () => {
    const trimestre = [
      mois({ mois: "2022-09", forfaitsRealises: 100, heuresRealiseesCentre: 1 }),
      mois({ mois: "2022-10", heuresRealiseesCentre: 1 }),
      mois({ mois: "2022-11", heuresRealiseesCentre: 1 }),
    ];
    // 0,03 h × 10,05 € = 0,3015 € → 0,30 €; per month it would have been 3 × 0,10 €.
    expect(lignesPeriode(trimestre, { FP: 317_500, HC: 1_005, HE: 100 })).toEqual([
      { prestation: "FP", libelle: "Forfait parcours", quantite: 100, prixUnitaire: 317_500, montant: 317_500 },
      { prestation: "HC", libelle: "Heure stagiaire centre", quantite: 3, prixUnitaire: 1_005, montant: 30 },
    ]);
  });

  it("rounds half a cent up", () => {
    // 0,50 h × 0,01 € = 0,005 € → 0,01 €.
    expect(coutPeriode([mois({ mois: "2022-09", heuresRealiseesCentre: 50 })], { FP: 0, HC: 1, HE: 0 })).toBe(1);
  });
});
