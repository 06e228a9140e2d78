import { describe, expect, it } from "vitest";
import { validerSaisie, versSaisieInput, type SaisieHeures } from "../lib/heures";

/** Seed 001 § 3.5: KOURNIKOVA, « 41 2 0 15 3 0 ». */
const kournikova: SaisieHeures = {
  heuresRealiseesCentre: "41",
  heuresNonRealiseesJustifieesCentre: "2",
  heuresNonRealiseesNonJustifieesCentre: "0",
  heuresRealiseesEntreprise: "15",
  heuresNonRealiseesJustifieesEntreprise: "3",
  heuresNonRealiseesNonJustifieesEntreprise: "",
};
const presence = { dateEntree: "2007-01-11", dateSortie: null };
const absences = [
  { dateDebut: "2007-01-15", dateFin: "2007-01-15", motif: "Maladie", lieu: "CENTRE" as const, justifiee: true, heures: "2" },
  { dateDebut: "2007-01-22", dateFin: "2007-01-22", motif: "Rendez-vous", lieu: "ENTREPRISE" as const, justifiee: true, heures: "3,00" },
];

describe("validerSaisie (seed 001 § 3.5, execution's messages)", () => {
  it("accepts the seed's month when the absence periods account for the hours not done", () => {
    expect(validerSaisie("2007-01", kournikova, absences, presence)).toEqual({});
    expect(versSaisieInput("4", "2007-01", kournikova, absences)).toMatchObject({
      heuresRealiseesCentre: "41.00",
      heuresNonRealiseesNonJustifieesEntreprise: "0.00",
      absences: [{ heures: "2.00", lieu: "CENTRE", justifiee: true }, { heures: "3.00" }],
    });
  });

  it("refuses hours not accounted for by absence periods", () => {
    expect(validerSaisie("2007-01", kournikova, absences.slice(0, 1), presence)).toEqual({
      absences: "Les périodes d'absence justifiées en entreprise totalisent 0,00 h, mais 3,00 h non réalisées justifiées en entreprise sont déclarées : elles doivent être égales.",
    });
  });

  it("refuses negative or inexact hours, and more hours than the month has", () => {
    expect(validerSaisie("2007-01", { ...kournikova, heuresRealiseesCentre: "-1" }, absences, presence)).toEqual({
      heuresRealiseesCentre: "Les heures réalisées en centre ne peuvent être négatives.",
    });
    expect(validerSaisie("2007-01", { ...kournikova, heuresRealiseesCentre: "1,234" }, absences, presence).heuresRealiseesCentre).toMatch(/au plus deux décimales/);
    expect(validerSaisie("2007-02", { ...kournikova, heuresRealiseesCentre: "700" }, absences, { dateEntree: null, dateSortie: null }).total).toBe(
      "Le total déclaré pour Février 2007 (720,00 h) dépasse le nombre d'heures du mois.",
    );
  });

  it("keeps absence periods inside the month and the trainee's presence, with a reason and hours", () => {
    expect(validerSaisie("2007-01", kournikova, [{ ...absences[0]!, dateDebut: "2007-01-10", dateFin: "2007-01-10" }, absences[1]!], presence)).toEqual({
      "absences.0": "La période d'absence du 10/01/2007 au 10/01/2007 doit être comprise entre le 11/01/2007 et le 31/01/2007 (Janvier 2007, présence du stagiaire).",
    });
    expect(validerSaisie("2007-01", kournikova, [{ ...absences[0]!, motif: " " }, absences[1]!], presence)).toEqual({
      "absences.0": "La période d'absence du 15/01/2007 au 15/01/2007 doit avoir un motif (100 caractères au plus).",
    });
    expect(validerSaisie("2007-01", kournikova, [{ ...absences[0]!, heures: "0" }, absences[1]!], presence)).toEqual({
      "absences.0": "La période d'absence du 15/01/2007 au 15/01/2007 doit compter un nombre d'heures positif.",
    });
  });
});
