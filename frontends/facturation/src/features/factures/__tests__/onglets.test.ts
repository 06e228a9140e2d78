import { describe, expect, it } from "vitest";
import { facturesDeLOnglet, STATUTS_PAR_ONGLET } from "../lib/onglets";

describe("facturesDeLOnglet", () => {
  const factures = (["A_EMETTRE", "EMISE", "SIGNEE_DEPOSEE", "VALIDEE", "REJETEE", "PAYEE"] as const).map((statut) => ({ statut }));

  it("puts every status in exactly one tab", () => {
    const tous = Object.values(STATUTS_PAR_ONGLET).flat();
    expect(tous.sort()).toEqual(factures.map((f) => f.statut).sort());
  });

  it("lists each tab's invoices", () => {
    expect(facturesDeLOnglet(factures, "aFacturer").map((f) => f.statut)).toEqual(["A_EMETTRE"]);
    expect(facturesDeLOnglet(factures, "suiviFactures").map((f) => f.statut)).toEqual(["EMISE", "SIGNEE_DEPOSEE", "REJETEE"]);
    expect(facturesDeLOnglet(factures, "suiviPaiements").map((f) => f.statut)).toEqual(["VALIDEE", "PAYEE"]);
  });
});
