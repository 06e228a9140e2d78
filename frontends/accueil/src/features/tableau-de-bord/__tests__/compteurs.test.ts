import { describe, expect, it } from "vitest";
import { compter } from "../lib/compteurs";

describe("compter", () => {
  it("counts the home page's indicators by statut, late ones by planned end", () => {
    const compteurs = compter(
      [
        { statut: "AO", dateFinPrevue: "2024-06-30" },
        { statut: "EC", dateFinPrevue: "2024-06-30" },
        { statut: "EC", dateFinPrevue: "2024-07-01" },
        { statut: "EC", dateFinPrevue: "2025-01-01" },
        { statut: "CLOTUREE", dateFinPrevue: "2020-01-01" },
      ],
      "2024-07-01",
    );
    expect(compteurs).toEqual({
      enAttenteOuverture: 1,
      enCours: 3,
      enRetardFermeture: 1,
      parStatut: { AO: 1, EC: 3, CLOTUREE: 1, NON_OUVERTE: 0 },
    });
  });

  it("gives zeros for no action", () => {
    expect(compter([], "2024-07-01")).toMatchObject({ enAttenteOuverture: 0, enCours: 0, enRetardFermeture: 0 });
  });
});
