import { describe, expect, it } from "vitest";
import { checkDates, type DatesContexte } from "./dates-proposees.js";
import { recapDates } from "./recap.js";

const context: DatesContexte = {
  action: { dateDebutPrevue: "2023-01-02", dateFinPrevue: "2024-06-30" },
  dateDebutReelle: null,
  composantes: [{ id: 2, numero: "01", intitule: "HSTA 3", dateDebut: "2023-01-02", dateFin: "2024-06-30" }],
  sessions: [],
};

describe("a date request's rules (seed 003)", () => {
  it("bounds the composantes by the planned start while the action is not opened, by the real one after", () => {
    const early = { composantes: [{ composanteId: 2, dateDebut: "2023-01-02", dateFin: "2024-06-30" }], dateDebutPrevue: "2023-01-02" };
    expect(checkDates(early, context).composantes).toEqual([{ composanteId: 2, dateDebut: "2023-01-02", dateFin: "2024-06-30" }]);
    expect(() => checkDates(early, { ...context, dateDebutReelle: "2023-01-05" })).toThrow(
      "La composante 01 (du 02/01/2023 au 30/06/2024) doit être comprise dans les dates réelles de l'action (du 05/01/2023 au 30/06/2024).",
    );
  });

  it("fills what the request does not change, so that the whole picture is checked", () => {
    expect(checkDates({ dateFinPrevue: "2024-07-31" }, context)).toEqual({
      dateDebutPrevue: "2023-01-02", dateFinPrevue: "2024-07-31", dateDebutReelle: null,
      composantes: [{ composanteId: 2, dateDebut: "2023-01-02", dateFin: "2024-06-30" }],
    });
  });

  it("recaps only the changed dates, with seed 003's labels", () => {
    expect(
      recapDates(
        { dateDebutPrevue: "2023-01-02", dateFinPrevue: "2024-06-30", dateDebutReelle: "2023-01-05" },
        { dateDebutPrevue: "2023-01-02", dateFinPrevue: "2024-06-30", dateDebutReelle: "2023-01-06" },
        [{ intitule: "HSTA 3", avant: { dateDebut: "2023-01-02", dateFin: "2024-06-30" }, apres: { dateDebut: "2023-01-06", dateFin: "2024-06-30" } }],
      ),
    ).toEqual([
      { intitule: "Action / Date de début réelle", avant: "05/01/2023", apres: "06/01/2023" },
      { intitule: "HSTA 3 / Date de début", avant: "02/01/2023", apres: "06/01/2023" },
    ]);
  });
});
