import { DomainError } from "@sigma/kit/errors/errors";
import { describe, expect, it } from "vitest";
import { checkOuverture, type OuvertureFaits } from "./ouverture.rules.js";
import { StatutAction } from "./statut-action.enum.js";

const base: OuvertureFaits = {
  statut: StatutAction.AO,
  dateDebutReelleActuelle: null,
  type: "COLLECTIVE",
  dateDebutPrevue: "2023-01-02",
  premiereEntree: "2023-01-02",
  aujourdhui: "2023-01-05",
};

function refusal(faits: Partial<OuvertureFaits>, date = "2023-01-02"): [string, string] {
  try {
    checkOuverture({ ...base, ...faits }, date);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return [(error as DomainError).extensions.code as string, (error as DomainError).message];
  }
  throw new Error("accepted");
}

describe("opening an action (seeds 001 § 3.4, 003)", () => {
  it("opens a collective action on its planned start, which is the first entry", () => {
    expect(() => checkOuverture(base, "2023-01-02")).not.toThrow();
  });

  it("opens an individualised action on the first entry, whatever the planned start", () => {
    expect(() => checkOuverture({ ...base, type: "INDIVIDUALISEE", premiereEntree: "2023-01-05" }, "2023-01-05")).not.toThrow();
  });

  it("refuses before any trainee has an entry date, or before the first entry", () => {
    expect(refusal({ premiereEntree: null })).toEqual([
      "CONFLICT",
      "Aucun stagiaire n'est entré en formation : inscrivez les stagiaires présents à l'ouverture avec leur date d'entrée avant d'ouvrir l'action (l'ouverture déclenche la facture d'avance).",
    ]);
    expect(refusal({ aujourdhui: "2023-01-01" })).toEqual([
      "CONFLICT",
      "Le premier stagiaire n'entre en formation que le 02/01/2023 : l'action ne peut pas être ouverte avant son entrée (l'ouverture déclenche la facture d'avance).",
    ]);
  });

  it("requires the real start to be the first entry date", () => {
    expect(refusal({}, "2023-01-03")).toEqual([
      "BAD_USER_INPUT",
      "La date de début réelle (03/01/2023) doit être la date d'entrée du premier stagiaire (02/01/2023).",
    ]);
  });

  it("sends a collective action whose real start differs from the planned one to the Région", () => {
    expect(refusal({ premiereEntree: "2023-01-05" }, "2023-01-05")).toEqual([
      "BAD_USER_INPUT",
      "Pour une action collective, la date de début réelle (05/01/2023) doit être la date de début prévue (02/01/2023) : contactez le Conseil régional pour reporter les dates de l'action.",
    ]);
  });

  it("never reopens: EC, clôturée and non ouverture are final for opening", () => {
    expect(refusal({ statut: StatutAction.EC, dateDebutReelleActuelle: "2023-01-02" })).toEqual([
      "CONFLICT",
      "L'action est déjà ouverte depuis le 02/01/2023 : une action ouverte ne revient jamais en attente d'ouverture.",
    ]);
    expect(refusal({ statut: StatutAction.CLOTUREE })[0]).toBe("CONFLICT");
    expect(refusal({ statut: StatutAction.NON_OUVERTE })).toEqual([
      "CONFLICT",
      "La non-ouverture de cette action a été déclarée : elle ne peut plus être ouverte.",
    ]);
  });
});
