import { DomainError } from "@sigma/kit/errors/errors";
import { describe, expect, it } from "vitest";
import { StatutAction } from "../action/statut-action.enum.js";
import { checkCloture, enRetardDeFermeture, type ClotureFaits } from "./cloture.rules.js";

const faits: ClotureFaits = {
  statut: StatutAction.EC, dateDebutReelle: "2007-01-02", dateFinReelleActuelle: null, dateFinPrevue: "2007-07-01",
  stagiaires: [{ nom: "PARKER", prenom: "JESSICA", dateSortie: "2007-07-01" }, { nom: "DURAND", prenom: "JEAN-CLAUDE", dateSortie: "2007-04-30" }],
  premierMoisOuvert: "2007-08", aujourdhui: "2007-08-10",
};

function refusal(f: Partial<ClotureFaits>, date = "2007-07-01"): [string, string] {
  try {
    checkCloture({ ...faits, ...f }, date);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return [(error as DomainError).extensions.code as string, (error as DomainError).message];
  }
  throw new Error("accepted");
}

describe("closing an action (seed 001 § 3.7.1)", () => {
  it("closes on the planned end without warning, elsewhere with the avenant warning", () => {
    expect(checkCloture(faits, "2007-07-01")).toBeNull();
    expect(checkCloture({ ...faits, premierMoisOuvert: "2007-09" }, "2007-08-03")).toBe(
      "La date de fin réelle (03/08/2007) diffère de la date de fin prévue (01/07/2007) : contactez le Conseil régional pour le prévenir de ce décalage et procéder à un avenant sur la date prévisionnelle de fin de l'action.",
    );
  });

  it("needs every trainee out, every month up to the end confirmed, and a date between the last exit and today", () => {
    expect(refusal({ stagiaires: [...faits.stagiaires, { nom: "DUPONT", prenom: "MICHEL", dateSortie: null }] })).toEqual([
      "CONFLICT", "Tous les stagiaires doivent être sortis de formation avant la clôture (ou supprimés s'ils ne sont jamais entrés) : MICHEL DUPONT sans date de sortie.",
    ]);
    expect(refusal({ premierMoisOuvert: "2007-07" })).toEqual([
      "CONFLICT", "Confirmez d'abord la déclaration de juillet 2007 : toutes les déclarations jusqu'à juillet 2007 doivent être confirmées avant la clôture.",
    ]);
    expect(refusal({}, "2007-06-30")).toEqual([
      "BAD_USER_INPUT", "La date de fin réelle (30/06/2007) précède la sortie du dernier stagiaire ou le début de l'action (01/07/2007).",
    ]);
    expect(refusal({ premierMoisOuvert: "2007-09" }, "2007-08-11")).toEqual([
      "BAD_USER_INPUT", "La date de fin réelle (11/08/2007) ne peut être postérieure à aujourd'hui (10/08/2007).",
    ]);
    expect(refusal({ statut: StatutAction.AO })).toEqual(["CONFLICT", "Seule une action en cours peut être clôturée."]);
    expect(refusal({ statut: StatutAction.CLOTUREE, dateFinReelleActuelle: "2007-07-01" })).toEqual(["CONFLICT", "L'action est déjà clôturée (fin réelle le 01/07/2007)."]);
  });

  it("counts an action still running after its planned end as late for closing", () => {
    expect(enRetardDeFermeture(StatutAction.EC, "2007-07-01", "2007-07-02")).toBe(true);
    expect(enRetardDeFermeture(StatutAction.EC, "2007-07-01", "2007-07-01")).toBe(false);
    expect(enRetardDeFermeture(StatutAction.CLOTUREE, "2007-07-01", "2008-01-01")).toBe(false);
  });
});
