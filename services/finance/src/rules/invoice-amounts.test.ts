import { describe, expect, it } from "vitest";
import { calculerFacture, type CalculFacture } from "./invoice-amounts.js";

const base: CalculFacture = {
  lignes: [
    { prestation: "HC", libelle: "Heure stagiaire centre", quantite: 33_500, prixUnitaire: 700, montant: 234_500 },
    { prestation: "HE", libelle: "Heure stagiaire entreprise", quantite: 10_000, prixUnitaire: 100, montant: 10_000 },
  ],
  tauxTvaPointsDeBase: 0,
  plafondRealise: null,
  sousTraitances: [],
  avance: null,
  realiseCumule: 244_500,
  prixTotal: 10_000_000,
  solde: false,
};

describe("amounts of an invoice", () => {
  it("is the sum of its lines when there is nothing to deduct (seed 001: Facture N°1 2 445,00 €)", () => {
    expect(calculerFacture(base)).toMatchObject({ realiseHT: 244_500, montantHT: 244_500, montantTTC: 244_500, avanceRecuperee: 0, montantAPayer: 244_500 });
  });

  it("states and deducts a subcontractor's invoice: « Dont 1 500,00 € pour CEVENNES-GESTION »", () => {
    const m = calculerFacture({ ...base, sousTraitances: [{ id: 1, sousTraitant: "CEVENNES-GESTION", montantHT: 150_000 }] });
    expect(m.sousTraitances).toEqual([{ id: 1, sousTraitant: "CEVENNES-GESTION", montantHT: 150_000 }]);
    expect(m).toMatchObject({ realiseHT: 244_500, sousTraitance: 150_000, montantHT: 94_500 });
  });

  it("keeps a subcontractor's invoice that does not fit for the next invoice", () => {
    const m = calculerFacture({
      ...base,
      sousTraitances: [
        { id: 1, sousTraitant: "A", montantHT: 300_000 },
        { id: 2, sousTraitant: "B", montantHT: 100_000 },
      ],
    });
    expect(m.sousTraitances.map((s) => s.id)).toEqual([2]);
    expect(m.montantHT).toBe(144_500);
  });

  it("applies VAT after the subcontracting deduction", () => {
    const m = calculerFacture({ ...base, tauxTvaPointsDeBase: 1960 });
    expect(m).toMatchObject({ montantHT: 244_500, montantTVA: 47_922, montantTTC: 292_422 });
  });

  it("recovers the advance by the realisation rate, at most the invoice's TTC", () => {
    const avance = { montant: 900_000, dejaRecupere: 0 };
    expect(calculerFacture({ ...base, avance, realiseCumule: 1_500_000 }).avanceRecuperee).toBe(150_000);
    const petite = calculerFacture({ ...base, avance, realiseCumule: 6_000_000 });
    expect(petite).toMatchObject({ avanceRecuperee: 244_500, montantAPayer: 0 });
  });

  it("carries realisation beyond the cap to the solde", () => {
    expect(calculerFacture({ ...base, plafondRealise: 200_000 })).toMatchObject({ realiseHT: 244_500, reportAuSolde: 44_500, montantHT: 200_000 });
  });

  it("makes the solde recover all that is left of the advance, even beyond its amount", () => {
    const m = calculerFacture({ ...base, solde: true, avance: { montant: 900_000, dejaRecupere: 300_000 } });
    expect(m).toMatchObject({ avanceRecuperee: 600_000, montantAPayer: 244_500 - 600_000 });
  });
});
