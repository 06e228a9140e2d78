import { describe, expect, it } from "vitest";
import { compterParStatut } from "../lib/compteurs";

describe("compterParStatut", () => {
  it("counts the waiting actions as those execution has not running, closed or not opened", () => {
    expect(compterParStatut({ toutes: 7, EC: 2, CLOTUREE: 1, NON_OUVERTE: 0 })).toEqual({ AO: 4, EC: 2, CLOTUREE: 1, NON_OUVERTE: 0 });
  });

  it("gives zeros for no action, and counts a missing total as zero", () => {
    expect(compterParStatut({ toutes: 0, EC: 0, CLOTUREE: 0, NON_OUVERTE: 0 })).toEqual({ AO: 0, EC: 0, CLOTUREE: 0, NON_OUVERTE: 0 });
    expect(compterParStatut({ toutes: 3, EC: null, CLOTUREE: null, NON_OUVERTE: null })).toEqual({ AO: 3, EC: 0, CLOTUREE: 0, NON_OUVERTE: 0 });
  });
});
