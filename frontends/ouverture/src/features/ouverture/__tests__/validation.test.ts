import { describe, expect, it } from "vitest";
import { premiereEntree, validerOuverture } from "../lib/validation";

const hsta = { type: "COLLECTIVE" as const, dateDebutPrevue: "2023-01-02", premiereEntree: "2023-01-02" };

describe("validerOuverture (seed 003, execution's messages)", () => {
  it("accepts the planned start when it is the first entry", () => {
    expect(validerOuverture("2023-01-02", "MENSUEL", hsta)).toEqual({});
  });
  it("refuses a real start other than the first trainee's entry", () => {
    expect(validerOuverture("2023-01-05", "MENSUEL", hsta)).toEqual({
      dateDebutReelle: "La date de début réelle (05/01/2023) doit être la date d'entrée du premier stagiaire (02/01/2023).",
    });
  });
  it("refuses, for a collective action, a real start other than the planned one", () => {
    expect(validerOuverture("2023-01-05", "MENSUEL", { ...hsta, premiereEntree: "2023-01-05" })).toEqual({
      dateDebutReelle:
        "Pour une action collective, la date de début réelle (05/01/2023) doit être la date de début prévue (02/01/2023) : contactez le Conseil régional pour reporter les dates de l'action.",
    });
    expect(validerOuverture("2023-01-05", "TRIMESTRIEL", { ...hsta, type: "INDIVIDUALISEE", premiereEntree: "2023-01-05" })).toEqual({});
  });
  it("asks for the date and the frequency; leaves « no trainee entered » to the server", () => {
    expect(validerOuverture(null, null, hsta)).toEqual({
      dateDebutReelle: "Le champ « Date de début réelle » est obligatoire.",
      frequencePaiement: "Choisissez la fréquence de paiement.",
    });
    expect(validerOuverture("2023-01-02", "MENSUEL", { ...hsta, premiereEntree: null })).toEqual({});
  });
  it("finds the first entry date", () => {
    expect(premiereEntree([{ dateEntree: "2023-02-01" }, { dateEntree: null }, { dateEntree: "2023-01-02" }])).toBe("2023-01-02");
    expect(premiereEntree([])).toBeNull();
  });
});
