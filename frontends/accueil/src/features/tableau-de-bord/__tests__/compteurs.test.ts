import { describe, expect, it } from "vitest";
import { compterParStatut } from "../lib/compteurs";

describe("compterParStatut", () => {
  it("counts the actions of each statut for the chart", () => {
    expect(compterParStatut([{ statut: "AO" }, { statut: "EC" }, { statut: "EC" }, { statut: "CLOTUREE" }])).toEqual({ AO: 1, EC: 2, CLOTUREE: 1, NON_OUVERTE: 0 });
  });

  it("gives zeros for no action", () => {
    expect(compterParStatut([])).toEqual({ AO: 0, EC: 0, CLOTUREE: 0, NON_OUVERTE: 0 });
  });
});
