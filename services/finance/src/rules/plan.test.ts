import { describe, expect, it } from "vitest";
import { actionTest1, declaration, executionTest1 } from "../../test/fixtures.js";
import type { ActionCatalogue } from "../sources/inputs.js";
import { planFacturation, tarifsDe, type EtatFinance, type FactureProposee } from "./plan.js";

const SEUILS = [30, 60, 80] as const;
// 100 000,00 € at 10,00 € per hour in centre: 1 % of realisation = 100 h.
const action: ActionCatalogue = actionTest1({
  prixTotal: 10_000_000,
  composantes: [{ numero: "01", intitule: "C", prestations: [{ type: "HC", libelle: "Heure stagiaire centre", volumeTotal: 1_000_000, prixUnitaire: 1_000 }] }],
});
const heures = (pourcent: number) => pourcent * 100 * 100;
const mois = ["2022-09", "2022-10", "2022-11", "2022-12", "2023-01"];

/** Emits a proposition into the state, as the emission service would. */
function emettre(etat: EtatFinance, p: FactureProposee): EtatFinance {
  return {
    ...etat,
    factures: [
      ...etat.factures,
      { type: p.type, numero: p.periode, moisDebut: p.moisDebut, moisFin: p.moisFin, palier: p.palier, montantRealiseHT: p.montants.realiseHT, reportAuSolde: p.montants.reportAuSolde, montantTTC: p.montants.montantTTC, avanceRecuperee: p.montants.avanceRecuperee },
    ],
    sousTraitancesEnAttente: etat.sousTraitancesEnAttente.filter((s) => !p.montants.sousTraitances.some((u) => u.id === s.id)),
  };
}

const AVANCE = { type: "AVANCE" as const, numero: "AV", moisDebut: null, moisFin: null, palier: null, montantRealiseHT: 0, reportAuSolde: 0, montantTTC: 1_000_000, avanceRecuperee: 0 };

describe("billing plan", () => {
  it("offers nothing before the opening", () => {
    expect(planFacturation(action, executionTest1({ statut: "AO", dateDebutReelle: null, frequencePaiement: null }), { factures: [], sousTraitancesEnAttente: [] }, SEUILS)).toEqual([]);
  });

  it("recovers a 10 000 € advance month after month by the bands, then settles the solde", () => {
    const realisations = [15, 10, 10, 30, 20];
    const declarations = mois.map((m, i) => declaration(m, true, heures(realisations[i]!), 0));
    let execution = executionTest1({ frequencePaiement: "MENSUEL", declarations: declarations.slice(0, 4) });
    let etat: EtatFinance = { factures: [AVANCE], sousTraitancesEnAttente: [] };
    const recuperees: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const [p] = planFacturation(action, execution, etat, SEUILS);
      expect(p).toMatchObject({ moisDebut: mois[i], disponible: true });
      recuperees.push(p!.montants.avanceRecuperee);
      etat = emettre(etat, p!);
    }
    // 15 %: 1/6; 25 %: 1/3 (flat); 35 %: 1/2; 65 %: all.
    expect(recuperees).toEqual([166_666, 166_667, 166_667, 500_000]);
    expect(planFacturation(action, execution, etat, SEUILS)).toEqual([]);

    execution = executionTest1({ frequencePaiement: "MENSUEL", declarations, statut: "CLOTUREE", dateFinReelle: "2023-01-31", bilanComplet: false });
    const [attente] = planFacturation(action, execution, etat, SEUILS).filter((p) => p.type === "SOLDE");
    expect(attente).toMatchObject({ disponible: false, raison: "Le solde sera disponible quand le bilan de chaque stagiaire sera saisi." });
    const [solde] = planFacturation(action, { ...execution, bilanComplet: true }, etat, SEUILS);
    expect(solde).toMatchObject({ type: "SOLDE", disponible: true, periode: "Septembre 2022 - Janvier 2023", montants: { realiseHT: 2_000_000, avanceRecuperee: 0, montantAPayer: 2_000_000 } });
    // Once the solde is emitted nothing is left: neither the solde again nor the month it paid as an acompte.
    expect(planFacturation(action, { ...execution, bilanComplet: true }, emettre(etat, solde!), SEUILS)).toEqual([]);
  });

  it("recovers in the solde whatever the acomptes could not", () => {
    const execution = executionTest1({ frequencePaiement: "MENSUEL", declarations: [declaration("2022-09", true, heures(5), 0)], statut: "CLOTUREE", dateFinReelle: "2022-09-30", bilanComplet: true });
    const [solde] = planFacturation(action, execution, { factures: [AVANCE], sousTraitancesEnAttente: [] }, SEUILS);
    // 5 000 € realised, 10 000 € advance: the OF gives 5 000 € back.
    expect(solde!.montants).toMatchObject({ montantTTC: 500_000, avanceRecuperee: 1_000_000, montantAPayer: -500_000 });
  });

  it("states the subcontractor's invoice on the titulaire's next invoice and deducts it", () => {
    const etat: EtatFinance = { factures: [], sousTraitancesEnAttente: [{ id: 7, sousTraitant: "CEVENNES-GESTION", montantHT: 150_000 }] };
    const execution = executionTest1({ frequencePaiement: "MENSUEL", declarations: [declaration("2022-09", true, heures(1), 0)] });
    const [p] = planFacturation(action, execution, etat, SEUILS);
    expect(p!.montants).toMatchObject({ realiseHT: 100_000, sousTraitance: 0, montantHT: 100_000 });
    const [q] = planFacturation(action, executionTest1({ frequencePaiement: "MENSUEL", declarations: [declaration("2022-09", true, heures(2), 0)] }), etat, SEUILS);
    expect(q!.montants).toMatchObject({ realiseHT: 200_000, sousTraitance: 150_000, montantHT: 50_000, sousTraitances: [{ id: 7, sousTraitant: "CEVENNES-GESTION", montantHT: 150_000 }] });
  });

  it("caps the three acomptes at 80 % and carries the rest to the solde", () => {
    const declarations = [declaration("2022-09", true, heures(50), 0), declaration("2022-10", true, heures(45), 0)];
    let etat: EtatFinance = { factures: [], sousTraitancesEnAttente: [] };
    const execution = executionTest1({ frequencePaiement: "TROIS_ACOMPTES", declarations: declarations.slice(0, 1) });
    const [premier] = planFacturation(action, execution, etat, SEUILS);
    expect(premier).toMatchObject({ nature: "SEUIL", palier: 1, montants: { realiseHT: 5_000_000, reportAuSolde: 0 } });
    etat = emettre(etat, premier!);
    const [second] = planFacturation(action, executionTest1({ frequencePaiement: "TROIS_ACOMPTES", declarations }), etat, SEUILS);
    expect(second).toMatchObject({ palier: 3, montants: { realiseHT: 4_500_000, reportAuSolde: 1_500_000, montantHT: 3_000_000 } });
    etat = emettre(etat, second!);
    const [solde] = planFacturation(action, executionTest1({ frequencePaiement: "TROIS_ACOMPTES", declarations, statut: "CLOTUREE", dateFinReelle: "2022-10-31", bilanComplet: true }), etat, SEUILS);
    expect(solde!.lignes).toEqual([{ prestation: "RS", libelle: "Réalisé au-delà de 80 % reporté au solde", quantite: 100, prixUnitaire: 1_500_000, montant: 1_500_000 }]);
  });

  it("refuses an action whose composantes price the same prestation differently", () => {
    const double = actionTest1();
    double.composantes.push({ numero: "02", intitule: "B", prestations: [{ type: "HC", libelle: "Heure stagiaire centre", volumeTotal: 100, prixUnitaire: 800 }] });
    expect(() => tarifsDe(double)).toThrow("Les composantes de l'action ont des prix unitaires différents pour « Heure stagiaire centre »");
  });
});
