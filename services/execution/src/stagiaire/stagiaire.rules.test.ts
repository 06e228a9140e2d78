import { DomainError } from "@sigma/kit/errors/errors";
import { describe, expect, it } from "vitest";
import { StatutAction } from "../action/statut-action.enum.js";
import { checkSortie } from "./sortie.rules.js";
import { MotifSortie } from "./stagiaire.enums.js";
import type { StagiaireInput } from "./stagiaire.input.js";
import { champsManquants, checkEffectifs, checkFiche, estRemunere, estVerrouille, normaliser, type ContexteFiche } from "./stagiaire.rules.js";

function refusal(run: () => void): [string, string] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return [(error as DomainError).extensions.code as string, (error as DomainError).message];
  }
  throw new Error("accepted");
}

const complete = normaliser({
  civilite: "M", nom: "BORG", prenom: "BJON", dateNaissance: "1972-06-16", sexe: "MASCULIN", adresse: "2 RUE VICTOR HUGO", codePostal: "34800",
  dateEntree: "2007-01-11", organismeRemuneration: "REGION", niveauEntree: "NIVEAU_V", trancheAge: "DE_45_A_54", dureeChomage: "NON_INSCRIT",
  prescripteur: "ANPE", beneficiaireRmi: false,
} as StagiaireInput);

const contexte: ContexteFiche = { dateFinPrevue: "2007-06-30", dateDebutReelle: "2007-01-02", premierMoisOuvert: "2007-01", aujourdhui: "2007-01-15" };

describe("trainee record (seed 001 § 3.2)", () => {
  it("needs every * field of the identity tab; the path tab only for individualised actions", () => {
    expect(champsManquants(complete, "COLLECTIVE")).toEqual([]);
    expect(champsManquants(normaliser({ ...complete, adresse: "  ", beneficiaireRmi: null }), "COLLECTIVE")).toEqual(["Adresse", "Bénéficiaire RMI"]);
    const individualise = champsManquants(complete, "INDIVIDUALISEE");
    expect(individualise[0]).toBe("Parcours professionnel envisagé");
    expect(individualise).toHaveLength(11);
    const parcours = {
      parcoursEnvisage: "Costumier", heuresCentre: 81200, heuresEntreprise: 42000, nombrePeriodesEntreprise: 1, modulesEnseignementGeneral: "Français",
      modulesEnseignementProfessionnel: "Couture", objectifsPeriodesEntreprise: "Atelier", objectifsFormation: "CAP", vaeEnvisagee: false,
      dateDebut: "2007-01-11", dateFin: "2007-06-13", periodes: [],
    };
    expect(champsManquants(normaliser({ ...complete, parcours }), "INDIVIDUALISEE")).toEqual([]);
  });

  it("checks postal codes, dates against the action and frozen months", () => {
    expect(refusal(() => checkFiche({ ...complete, codePostal: "3480" }, contexte))).toEqual(["BAD_USER_INPUT", "Le code postal doit compter 5 chiffres."]);
    expect(refusal(() => checkFiche({ ...complete, dateNaissance: "2007-02-01" }, contexte))).toEqual([
      "BAD_USER_INPUT", "La date de naissance (01/02/2007) doit précéder la date d'entrée en formation.",
    ]);
    expect(refusal(() => checkFiche({ ...complete, dateEntree: "2007-07-01" }, contexte))).toEqual([
      "BAD_USER_INPUT", "La date d'entrée (01/07/2007) est postérieure à la date de fin prévue de l'action (30/06/2007).",
    ]);
    expect(refusal(() => checkFiche(complete, { ...contexte, premierMoisOuvert: "2007-02" }))).toEqual([
      "BAD_USER_INPUT", "La date d'entrée (11/01/2007) tombe dans un mois dont la déclaration est confirmée : l'entrée ne peut être antérieure à février 2007.",
    ]);
    expect(refusal(() => checkFiche({ ...complete, parcours: { dateDebut: "2007-02-01", dateFin: "2007-01-01", periodes: [] } }, contexte))).toEqual([
      "BAD_USER_INPUT", "La date de fin du parcours (01/01/2007) précède sa date de début (01/02/2007).",
    ]);
    expect(() => checkFiche(complete, contexte)).not.toThrow();
  });

  it("never registers more trainees than the effectif, nor more paid ones than the effectif rémunéré", () => {
    const action = { effectifTotal: 3, effectifRemunere: 2 };
    const two = [{ remunere: true }, { remunere: false }];
    expect(() => checkEffectifs(two, true, action)).not.toThrow();
    expect(refusal(() => checkEffectifs([...two, { remunere: false }], false, action))).toEqual([
      "CONFLICT", "L'effectif de l'action (3 stagiaires) est atteint : aucun stagiaire de plus ne peut être inscrit.",
    ]);
    expect(refusal(() => checkEffectifs([{ remunere: true }, { remunere: true }], true, action))).toEqual([
      "CONFLICT", "L'effectif rémunéré de l'action (2 stagiaires) est atteint : ce stagiaire ne peut être déclaré rémunéré.",
    ]);
    expect(() => checkEffectifs([{ remunere: true }, { remunere: true }], false, action)).not.toThrow();
    expect(estRemunere(null)).toBe(false);
    expect(estRemunere("AUCUN" as never)).toBe(false);
  });

  it("locks a record once the action is opened and the trainee has entered", () => {
    expect(estVerrouille(StatutAction.AO, "2007-01-11", "2007-01-15")).toBe(false);
    expect(estVerrouille(StatutAction.EC, null, "2007-01-15")).toBe(false);
    expect(estVerrouille(StatutAction.EC, "2007-01-20", "2007-01-15")).toBe(false);
    expect(estVerrouille(StatutAction.EC, "2007-01-11", "2007-01-15")).toBe(true);
  });

  it("records an exit only after hours already declared", () => {
    const faits = {
      statut: StatutAction.EC, dateEntree: "2007-01-11", aujourdhui: "2007-06-20", dernierMoisAvecHeures: "2007-06", dateSortieActuelle: null, premierMoisOuvert: "2007-05",
    };
    expect(() => checkSortie(faits, "2007-06-13", true, null)).not.toThrow();
    expect(refusal(() => checkSortie(faits, "2007-05-31", false, MotifSortie.MOTIFS_PERSONNELS))).toEqual([
      "CONFLICT", "Des heures sont déclarées pour ce stagiaire après le mois de la date de sortie (31/05/2007).",
    ]);
    expect(refusal(() => checkSortie(faits, "2007-06-13", true, MotifSortie.ABANDON))).toEqual([
      "BAD_USER_INPUT", "Une sortie en fin de formation n'a pas de motif de sortie anticipée.",
    ]);
    expect(refusal(() => checkSortie(faits, "2007-04-30", true, null))).toEqual([
      "CONFLICT", "La date de sortie (30/04/2007) tombe dans un mois dont la déclaration est confirmée : la sortie ne peut être antérieure à mai 2007.",
    ]);
    expect(refusal(() => checkSortie({ ...faits, dateSortieActuelle: "2007-04-27" }, "2007-06-13", true, null))).toEqual([
      "CONFLICT", "La sortie du 27/04/2007 figure dans la déclaration confirmée d'avril 2007 : elle ne peut plus être modifiée.",
    ]);
    expect(() => checkSortie({ ...faits, dateSortieActuelle: "2007-05-02" }, "2007-06-13", true, null)).not.toThrow();
    expect(refusal(() => checkSortie({ ...faits, statut: StatutAction.AO }, "2007-06-13", true, null))).toEqual([
      "CONFLICT", "Les sorties de formation se déclarent sur une action en cours.",
    ]);
  });
});
