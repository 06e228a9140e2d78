import { describe, expect, it } from "vitest";
import { noticesDesDecisions, noticesDesEcheances } from "../lib/notices-decisions";

describe("noticesDesDecisions", () => {
  const factures = [
    { id: "1", numero: "A-CRE-1", periode: "Septembre 2022 - Novembre 2022", support: "CRE intermédiaire", statut: "REJETEE" as const, motifRejet: "Pièce non signée", dateDecision: "2023-03-10" },
    { id: "2", numero: "A-CRE-2", periode: "Décembre 2022 - Février 2023", support: "CRE intermédiaire", statut: "VALIDEE" as const, motifRejet: null, dateDecision: "2023-03-09" },
    { id: "3", numero: "A-AV", periode: null, support: "Avance", statut: "PAYEE" as const, motifRejet: null, dateDecision: "2022-12-08" },
    { id: "4", numero: "A-CRE-3", periode: "Mars 2023", support: "CRE intermédiaire", statut: "EMISE" as const, motifRejet: null, dateDecision: null },
  ];

  it("tells each recent invoice decision, a rejection with its motif as an alert", () => {
    const notices = noticesDesDecisions([{ numero: "23P0000000_TEST_1", factures, demandes: [] }], [], "2023-03-10");
    expect(notices.map((n) => [n.id, n.niveau, n.texte])).toEqual([
      ["decision-facture-1", "alerte", "Facture Septembre 2022 - Novembre 2022 (23P0000000_TEST_1) rejetée par la Région le 10/03/2023 : Pièce non signée."],
      ["decision-facture-2", "succes", "Facture Décembre 2022 - Février 2023 (23P0000000_TEST_1) validée par la Région le 09/03/2023."],
    ]);
    expect(notices.every((n) => n.source === "region" && n.lien?.chemin === "/facturation")).toBe(true);
  });

  it("tells decided date requests and trainee-record requests, not pending ones nor old ones", () => {
    const notices = noticesDesDecisions(
      [
        {
          numero: "N1",
          factures: [],
          demandes: [
            { id: "d1", libelleType: "Demande de modification de dates", etat: "REFUSEE" as const, observations: "Dates hors marché", dateDecision: "2023-03-01" },
            { id: "d2", libelleType: "Demande de modification de dates", etat: "EN_ATTENTE_VALIDATION" as const, observations: null, dateDecision: "2023-03-01" },
            { id: "d3", libelleType: "Demande de modification de dates", etat: "VALIDEE" as const, observations: null, dateDecision: "2022-01-01" },
          ],
        },
      ],
      [{ id: "f1", etat: "VALIDEE", motifRefus: null, dateDecision: "2023-03-10", stagiaire: { nom: "NADAL", prenom: "RAFAEL" } }],
      "2023-03-10",
    );
    expect(notices.map((n) => n.texte)).toEqual([
      "Demande de modification de dates (N1) refusée par la Région : Dates hors marché.",
      "Demande de modification de la fiche de RAFAEL NADAL validée par la Région.",
    ]);
  });
});

describe("noticesDesEcheances", () => {
  it("lists months to confirm before the 15th, the late ones in one line, and invoices to emit", () => {
    const notices = noticesDesEcheances([
      {
        numero: "23P0000000_TEST_1",
        statut: "EC",
        declarations: [
          { mois: "2022-11", libelle: "Novembre 2022", etat: "CONFIRMEE", dateLimiteConfirmation: "2022-12-15" },
          { mois: "2022-12", libelle: "Décembre 2022", etat: "EN_RETARD", dateLimiteConfirmation: "2023-01-15" },
          { mois: "2023-01", libelle: "Janvier 2023", etat: "EN_RETARD", dateLimiteConfirmation: "2023-02-15" },
          { mois: "2023-02", libelle: "Février 2023", etat: "A_CONFIRMER", dateLimiteConfirmation: "2023-03-15" },
          { mois: "2023-03", libelle: "Mars 2023", etat: "EN_COURS", dateLimiteConfirmation: "2023-04-15" },
        ],
        aFacturer: [
          { periode: "Décembre 2022 - Février 2023", disponible: true },
          { periode: "Mars 2023 - Mai 2023", disponible: false },
        ],
      },
      { numero: "CLOS", statut: "CLOTUREE", declarations: [{ mois: "2023-02", libelle: "Février 2023", etat: "A_CONFIRMER", dateLimiteConfirmation: "2023-03-15" }], aFacturer: [] },
    ]);
    expect(notices.map((n) => [n.niveau, n.texte, n.lien?.chemin])).toEqual([
      ["echeance", "Déclaration de février 2023 (23P0000000_TEST_1) à confirmer avant le 15/03/2023.", "/suivi"],
      ["alerte", "2 déclarations non confirmées dans les délais (23P0000000_TEST_1, depuis décembre 2022) : à confirmer dans les 15 premiers jours du mois.", "/suivi"],
      ["echeance", "Facture Décembre 2022 - Février 2023 (23P0000000_TEST_1) à émettre.", "/facturation"],
    ]);
  });
});
