import { DomainError } from "@sigma/kit/errors/errors";
import { describe, expect, it } from "vitest";
import { StatutAction } from "../action/statut-action.enum.js";
import { LieuFormation } from "../stagiaire/stagiaire.enums.js";
import { checkConfirmation, checkHeures, checkSaisie, estPresent, etatDeclaration, type SaisieFaits } from "./declaration.rules.js";
import { EtatDeclaration } from "./etat-declaration.enum.js";
import { ZERO } from "./heures.js";

function refusal(run: () => void): [string, string] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return [(error as DomainError).extensions.code as string, (error as DomainError).message];
  }
  throw new Error("accepted");
}

describe("monthly declaration deadlines (seed 001 § 3.5.1)", () => {
  it("is en cours during the month, à confirmer until the 15th of the next, then late", () => {
    expect(etatDeclaration("2007-01", false, "2007-01-31")).toBe(EtatDeclaration.EN_COURS);
    expect(etatDeclaration("2007-01", false, "2007-02-01")).toBe(EtatDeclaration.A_CONFIRMER);
    expect(etatDeclaration("2007-01", false, "2007-02-15")).toBe(EtatDeclaration.A_CONFIRMER);
    expect(etatDeclaration("2007-01", false, "2007-02-16")).toBe(EtatDeclaration.EN_RETARD);
    expect(etatDeclaration("2007-01", true, "2007-02-16")).toBe(EtatDeclaration.CONFIRMEE);
  });

  it("confirms within the first 15 days of the next month", () => {
    expect(() => checkConfirmation("2007-01", "2007-01", false, "2007-02-15")).not.toThrow();
    expect(refusal(() => checkConfirmation("2007-01", "2007-01", false, "2007-01-31"))).toEqual([
      "CONFLICT", "La déclaration de janvier 2007 se confirme une fois le mois écoulé, dans les 15 premiers jours du mois suivant (jusqu'au 15/02/2007).",
    ]);
  });

  it("makes a missed month wait for the end of the next period", () => {
    expect(refusal(() => checkConfirmation("2007-01", "2007-01", false, "2007-02-16"))).toEqual([
      "CONFLICT", "Le délai de confirmation de janvier 2007 (15/02/2007) est dépassé : la déclaration se confirmera après la fin de la période suivante, du 01/03/2007 au 15/03/2007.",
    ]);
    expect(() => checkConfirmation("2007-01", "2007-01", false, "2007-03-10")).not.toThrow();
    // February, opened by January's late confirmation, is then confirmable in the same window.
    expect(() => checkConfirmation("2007-02", "2007-02", false, "2007-03-10")).not.toThrow();
  });

  it("confirms months in order, and only once", () => {
    expect(refusal(() => checkConfirmation("2007-02", "2007-01", false, "2007-03-10"))).toEqual([
      "CONFLICT", "Confirmez d'abord la déclaration de janvier 2007 : la confirmation d'un mois ouvre la déclaration du mois suivant.",
    ]);
    expect(refusal(() => checkConfirmation("2007-01", "2007-02", true, "2007-02-10"))).toEqual(["CONFLICT", "La déclaration de janvier 2007 est déjà confirmée."]);
  });
});

describe("entering a trainee's hours (seed 001 § 3.5)", () => {
  const faits: SaisieFaits = {
    statut: StatutAction.EC, dateDebutReelle: "2007-01-02", premierMoisOuvert: "2007-01", confirmee: false, aujourdhui: "2007-02-10",
    stagiaire: { nom: "KOURNIKOVA", prenom: "ANNA", dateEntree: "2007-01-02", dateSortie: null },
  };

  it("accepts the open month for a present trainee", () => {
    expect(() => checkSaisie("2007-01", faits)).not.toThrow();
  });

  it("refuses frozen, unopened, future and pre-start months, and absent trainees", () => {
    expect(refusal(() => checkSaisie("2007-01", { ...faits, confirmee: true }))).toEqual(["CONFLICT", "La déclaration de janvier 2007 est confirmée : elle ne peut plus être modifiée."]);
    expect(refusal(() => checkSaisie("2007-02", faits))).toEqual([
      "CONFLICT", "Confirmez d'abord la déclaration de janvier 2007 : la confirmation d'un mois ouvre la déclaration du mois suivant.",
    ]);
    expect(refusal(() => checkSaisie("2007-03", faits))).toEqual(["BAD_USER_INPUT", "Le mois de mars 2007 n'est pas commencé : ses heures ne peuvent pas encore être déclarées."]);
    expect(refusal(() => checkSaisie("2006-12", faits))).toEqual(["BAD_USER_INPUT", "L'action a débuté le 02/01/2007 : aucune heure ne peut être déclarée pour décembre 2006."]);
    expect(refusal(() => checkSaisie("2007-01", { ...faits, stagiaire: { ...faits.stagiaire, dateEntree: "2007-02-06" } }))).toEqual([
      "BAD_USER_INPUT", "ANNA KOURNIKOVA n'est pas en formation en janvier 2007 (entrée le 06/02/2007).",
    ]);
    expect(refusal(() => checkSaisie("2007-01", { ...faits, statut: StatutAction.CLOTUREE }))).toEqual(["CONFLICT", "Les heures se déclarent sur une action en cours."]);
    expect(estPresent({ dateEntree: "2006-11-02", dateSortie: "2007-01-01" }, "2007-01")).toBe(true);
    expect(estPresent({ dateEntree: "2006-11-02", dateSortie: "2006-12-31" }, "2007-01")).toBe(false);
  });

  it("matches absence periods to the non-réalisées columns, to the hundredth (KOURNIKOVA, January 2007)", () => {
    const heures = { ...ZERO, realiseesCentre: 4100, nonRealiseesJustifieesCentre: 200, realiseesEntreprise: 1500, nonRealiseesJustifieesEntreprise: 300 };
    const absences = [
      { dateDebut: "2007-01-15", dateFin: "2007-01-15", motif: "Maladie", lieu: LieuFormation.CENTRE, justifiee: true, heures: 200 },
      { dateDebut: "2007-01-22", dateFin: "2007-01-22", motif: "Rendez-vous ANPE", lieu: LieuFormation.ENTREPRISE, justifiee: true, heures: 300 },
    ];
    const presence = { dateEntree: "2007-01-02", dateSortie: null };
    expect(() => checkHeures("2007-01", heures, absences, presence)).not.toThrow();
    expect(refusal(() => checkHeures("2007-01", heures, [{ ...absences[0]!, heures: 199 }, absences[1]!], presence))).toEqual([
      "BAD_USER_INPUT",
      "Les périodes d'absence justifiées en centre totalisent 1,99 h, mais 2,00 h non réalisées justifiées en centre sont déclarées : elles doivent être égales.",
    ]);
    expect(refusal(() => checkHeures("2007-01", heures, [{ ...absences[0]!, dateFin: "2007-02-01" }, absences[1]!], presence))).toEqual([
      "BAD_USER_INPUT",
      "La période d'absence du 15/01/2007 au 01/02/2007 doit être comprise entre le 02/01/2007 et le 31/01/2007 (janvier 2007, présence du stagiaire).",
    ]);
    expect(refusal(() => checkHeures("2007-01", { ...heures, realiseesCentre: -1 }, absences, presence))).toEqual([
      "BAD_USER_INPUT", "Les heures réalisées en centre ne peuvent être négatives.",
    ]);
    expect(refusal(() => checkHeures("2007-02", { ...ZERO, realiseesCentre: 67300 }, [], presence))).toEqual([
      "BAD_USER_INPUT", "Le total déclaré pour février 2007 (673,00 h) dépasse le nombre d'heures du mois.",
    ]);
  });
});
