import { describe, expect, it } from "vitest";
import { tableauCre } from "./cre.js";
import type { RealisationMois } from "./period-cost.js";

const mois = (m: string, hc: number, he: number, fp = 0): RealisationMois => ({
  mois: m,
  nombreStagiaires: 4,
  heuresRealiseesCentre: hc,
  heuresNonRealiseesJustifieesCentre: 0,
  heuresRealiseesEntreprise: he,
  heuresNonRealiseesJustifieesEntreprise: 0,
  forfaitsRealises: fp,
});

describe("CRE table", () => {
  it("gives seed 000's columns: 120 / 3 / 1 / 1 fp (117 disponibles), 37 200 / 850 / 270 / 0 hc, 16 800 / 400 / 173 / 0 he", () => {
    const lignes = tableauCre({
      contractualise: { FP: 12_000, HC: 3_720_000, HE: 1_680_000 },
      prescrit: { FP: 300, HC: 85_000, HE: 40_000 },
      moisConfirmes: [mois("2022-09", 9_000, 5_000, 100), mois("2022-10", 9_000, 6_000), mois("2022-11", 9_000, 6_300)],
      moisCourant: mois("2022-12", 0, 0),
      facture: { FP: 100, HC: 0, HE: 0 },
    });
    expect(lignes).toEqual([
      { prestation: "FP", libelle: "Forfait parcours", unite: "fp", contractualise: 12_000, prescrit: 300, realise: 100, facture: 100, periodeCourante: 0, disponibles: 11_700 },
      { prestation: "HC", libelle: "Heure stagiaire centre", unite: "hc", contractualise: 3_720_000, prescrit: 85_000, realise: 27_000, facture: 0, periodeCourante: 0, disponibles: null },
      { prestation: "HE", libelle: "Heure stagiaire entreprise", unite: "he", contractualise: 1_680_000, prescrit: 40_000, realise: 17_300, facture: 0, periodeCourante: 0, disponibles: null },
    ]);
  });

  it("leaves prescrit and disponibles empty when execution does not tell them", () => {
    const [fp] = tableauCre({ contractualise: { FP: 12_000, HC: 0, HE: 0 }, prescrit: null, moisConfirmes: [], moisCourant: null, facture: { FP: 0, HC: 0, HE: 0 } });
    expect(fp).toMatchObject({ prescrit: null, disponibles: null, realise: 0, periodeCourante: 0 });
  });
});
