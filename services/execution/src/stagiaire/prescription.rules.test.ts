import { describe, expect, it } from "vitest";
import { forfaitsRealises, prescription } from "./prescription.rules.js";

describe("the CRE « prescrit » and the forfaits parcours réalisés (seed 000)", () => {
  const stagiaires = [
    { id: 1, dateEntree: "2022-09-01", dateSortie: "2022-11-18", finFormation: true },
    { id: 2, dateEntree: "2022-09-01", dateSortie: "2022-11-04", finFormation: false },
    { id: 3, dateEntree: "2022-09-05", dateSortie: null, finFormation: null },
    { id: 4, dateEntree: "2022-09-12", dateSortie: "2022-11-30", finFormation: true },
    { id: 5, dateEntree: "2023-01-09", dateSortie: null, finFormation: null },
  ];
  // Three paths of trainees who entered (850 h centre, 400 h entreprise), one trainee without a path, one not entered yet.
  const parcours = [
    { heuresCentre: 31_000, heuresEntreprise: 14_000 },
    { heuresCentre: 27_000, heuresEntreprise: 13_000 },
    { heuresCentre: 27_000, heuresEntreprise: 13_000 },
    null,
    { heuresCentre: 40_000, heuresEntreprise: 0 },
  ];

  it("prescribes one forfait and the path's hours per entered trainee with a path: 3,00 fp, 850,00 hc, 400,00 he", () => {
    expect(prescription(stagiaires, parcours, "2022-12-15")).toEqual({ forfaitsParcours: 300, heuresCentre: 85_000, heuresEntreprise: 40_000 });
    expect(prescription(stagiaires, parcours, "2023-01-09")).toEqual({ forfaitsParcours: 400, heuresCentre: 125_000, heuresEntreprise: 40_000 });
    expect(prescription([], [], "2023-01-09")).toEqual({ forfaitsParcours: 0, heuresCentre: 0, heuresEntreprise: 0 });
  });

  it("realises a forfait in the month of an exit at the end of training, never on an early exit or without a path", () => {
    const avecParcours = new Set([1, 2, 3, 5]);
    expect(forfaitsRealises(stagiaires, avecParcours, "2022-11")).toBe(100);
    expect(forfaitsRealises(stagiaires, avecParcours, "2022-10")).toBe(0);
    expect(forfaitsRealises(stagiaires, new Set([1, 4]), "2022-11")).toBe(200);
  });
});
