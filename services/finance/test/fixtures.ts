import type { ActionCatalogue, ActionExecution, DeclarationExecution } from "../src/sources/inputs.js";

/** Typed inputs as catalogue and execution give them for the demo action 1 (CONTRACTS.md). */
export function actionTest1(overrides: Partial<ActionCatalogue> = {}): ActionCatalogue {
  return {
    id: 1,
    numero: "23P0000000_TEST_1",
    intitule: "LOT TEST FORFAIT PARCOURS 2023",
    numeroContrat: "23P0000000",
    prixTotal: 65_820_000,
    organisme: { id: 1, code: "OR5159", raisonSociale: "ORGANISME TEST PRF 23", siret: "12345678900011", adresse: "2 RUE VICTOR HUGO", codePostal: "34500", ville: "BEZIERS", tauxTvaPointsDeBase: 0 },
    sousTraitants: [{ id: 3, raisonSociale: "CEVENNES-GESTION", siret: "98765432100022" }],
    composantes: [
      {
        numero: "01",
        intitule: "FORP - Formation Projet Pro",
        prestations: [
          { type: "FP", libelle: "Forfait parcours Projet Pro", volumeTotal: 12_000, prixUnitaire: 317_500 },
          { type: "HC", libelle: "Heure stagiaire centre", volumeTotal: 3_720_000, prixUnitaire: 700 },
          { type: "HE", libelle: "Heure stagiaire entreprise", volumeTotal: 1_680_000, prixUnitaire: 100 },
        ],
      },
    ],
    ...overrides,
  };
}

export const declaration = (mois: string, confirmee: boolean, hc = 9_000, he = 5_000, fp = 0): DeclarationExecution => ({
  mois,
  confirmee,
  nombreStagiaires: 4,
  heuresRealiseesCentre: hc,
  heuresNonRealiseesJustifieesCentre: 0,
  heuresRealiseesEntreprise: he,
  heuresNonRealiseesJustifieesEntreprise: 0,
  forfaitsRealises: fp,
});

/** Opened 01/09/2022, quarterly, September to November confirmed, December in progress (seed 000). */
export function executionTest1(overrides: Partial<ActionExecution> = {}): ActionExecution {
  return {
    id: 1,
    statut: "EC",
    dateDebutReelle: "2022-09-01",
    dateFinReelle: null,
    frequencePaiement: "TRIMESTRIEL",
    bilanComplet: false,
    prescrit: null,
    declarations: [declaration("2022-09", true, 9_000, 5_000, 100), declaration("2022-10", true, 9_000, 6_000), declaration("2022-11", true, 9_000, 6_300), declaration("2022-12", false, 0, 0)],
    ...overrides,
  };
}
