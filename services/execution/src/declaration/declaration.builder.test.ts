import { describe, expect, it } from "vitest";
import { StatutAction } from "../action/statut-action.enum.js";
import type { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { construireDeclarations, type ActionFaits } from "./declaration.builder.js";
import { EtatDeclaration } from "./etat-declaration.enum.js";
import { ZERO } from "./heures.js";

const stagiaire = (id: number, nom: string, dateEntree: string, dateSortie: string | null = null) =>
  ({ id, nom, prenom: "X", dateEntree, dateSortie }) as Stagiaire;

// Seed 001 § 3.5's recap, January 2007 (in recap order).
const stagiaires = [
  stagiaire(1, "FRANCO", "2007-01-02"), stagiaire(2, "KOURNIKOVA", "2007-01-02"),
  stagiaire(3, "BORG", "2007-01-11", "2007-06-13"), stagiaire(4, "NADAL", "2007-01-12"),
];
const row = (id: number, stagiaireId: number, mois: string, centre: [number, number, number], entreprise: [number, number, number]) => ({
  ...ZERO, id, stagiaireId, mois,
  realiseesCentre: centre[0], nonRealiseesJustifieesCentre: centre[1], nonRealiseesNonJustifieesCentre: centre[2],
  realiseesEntreprise: entreprise[0], nonRealiseesJustifieesEntreprise: entreprise[1], nonRealiseesNonJustifieesEntreprise: entreprise[2],
});
const faits: ActionFaits = {
  actionId: 9,
  statut: StatutAction.EC,
  dateDebutReelle: "2007-01-02",
  dateFinReelle: null,
  stagiaires,
  avecParcours: new Set(),
  realisations: [
    row(1, 1, "2007-01", [1000, 0, 0], [3300, 0, 0]),
    row(2, 2, "2007-01", [4100, 200, 0], [1500, 300, 0]),
    row(3, 3, "2007-01", [1200, 0, 0], [2300, 0, 0]),
  ],
  confirmations: [],
  aujourdhui: "2007-02-10",
};

describe("the monthly recap (seed 001 § 3.5)", () => {
  it("reproduces January 2007: 65 h centre, 74 h entreprise, 139 h", () => {
    const [janvier, fevrier] = construireDeclarations(faits);
    expect(janvier).toMatchObject({ id: "9:2007-01", libelle: "Janvier 2007", etat: EtatDeclaration.A_CONFIRMER, confirmable: true, saisieOuverte: true });
    expect(janvier!.lignes.map((l) => [l.stagiaire.nom, l.heuresCentre, l.heuresEntreprise, l.cumulTotalHeures])).toEqual([
      ["FRANCO", 1000, 3300, 4300],
      ["KOURNIKOVA", 4300, 1800, 6100],
      ["BORG", 1200, 2300, 3500],
      ["NADAL", 0, 0, 0],
    ]);
    expect([janvier!.heuresCentre, janvier!.heuresEntreprise, janvier!.totalHeures]).toEqual([6500, 7400, 13900]);
    expect(janvier!.heuresRealiseesCentre).toBe(6300);
    expect(janvier!.nombreStagiaires).toBe(4);
    expect(fevrier).toMatchObject({ mois: "2007-02", etat: EtatDeclaration.EN_COURS, saisieOuverte: false, confirmable: false, totalHeures: 0 });
  });

  it("freezes a confirmed month on its lines and opens the next one; cumuls run on", () => {
    const confirmed = { ...faits, confirmations: [{ mois: "2007-01", confirmeeLe: "2007-02-10" }], realisations: [...faits.realisations, row(4, 1, "2007-02", [500, 0, 0], [0, 0, 0])] };
    const [janvier, fevrier] = construireDeclarations(confirmed);
    expect(janvier).toMatchObject({ etat: EtatDeclaration.CONFIRMEE, confirmeeLe: "2007-02-10", saisieOuverte: false, nombreStagiaires: 3 });
    expect(fevrier).toMatchObject({ saisieOuverte: true, totalHeures: 500, nombreStagiaires: 4 });
    expect(fevrier!.lignes[0]).toMatchObject({ heuresCentre: 500, cumulHeuresCentre: 1500, cumulTotalHeures: 4800 });
  });

  it("has no month before opening, and stops at the real end", () => {
    expect(construireDeclarations({ ...faits, statut: StatutAction.AO, dateDebutReelle: null })).toEqual([]);
    const closed = construireDeclarations({ ...faits, statut: StatutAction.CLOTUREE, dateFinReelle: "2007-01-31", aujourdhui: "2007-06-01" });
    expect(closed.map((d) => d.mois)).toEqual(["2007-01"]);
    expect(closed[0]!.saisieOuverte).toBe(false);
  });
});
