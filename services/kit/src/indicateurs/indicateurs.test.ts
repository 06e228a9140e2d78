import { describe, expect, it } from "vitest";
import type { Caller } from "../auth/caller.js";
import { cleDuPerimetre, PERIMETRE_VIDE, perimetreDeCle, perimetrePour } from "./perimetre.js";
import { entier, indiceMoisJs, ratio } from "./sql.js";

const caller = (role: Caller["role"], organismeId: number | null = null): Caller => ({ compteId: "1", identifiant: "X", role, organismeId });

describe("dashboard perimeter key", () => {
  it("round-trips a perimeter through its canonical key", () => {
    const p = { anneeProgrammation: 2023, dispositif: "PROJET PRO 2023", departement: "34", organismeId: 7, du: "2023-01-01", au: "2023-12-31" };
    expect(perimetreDeCle(cleDuPerimetre(p))).toEqual(p);
    expect(cleDuPerimetre(PERIMETRE_VIDE)).toBe("[null,null,null,null,null,null]");
  });

  it.each(["", "{}", "[1,2]", '[2023,null,null,"7",null,null]', "[2023,null,null,null,\"2023-02-30\",null]", "[0,null,null,null,null,null]"])(
    "refuses the malformed key %s with BAD_USER_INPUT",
    (cle) => {
      expect(() => perimetreDeCle(cle)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }));
    },
  );

  it("refuses an inverted period in French, dates dd/mm/yyyy", () => {
    expect(() => perimetreDeCle('[null,null,null,null,"2023-05-01","2023-04-01"]')).toThrow("La période est inversée : le 01/05/2023 est après le 01/04/2023.");
  });
});

describe("dashboard scope", () => {
  const demande = { ...PERIMETRE_VIDE, anneeProgrammation: 2023 };
  it("lets the Région and service accounts see everything as asked", () => {
    expect(perimetrePour(caller("REGION"), demande)).toEqual(demande);
    expect(perimetrePour(caller("SERVICE"), { ...demande, organismeId: 3 })).toEqual({ ...demande, organismeId: 3 });
  });
  it("forces an organisme's own filter and refuses another's", () => {
    expect(perimetrePour(caller("ORGANISME", 5), demande)).toEqual({ ...demande, organismeId: 5 });
    expect(() => perimetrePour(caller("ORGANISME", 5), { ...demande, organismeId: 6 })).toThrow(expect.objectContaining({ extensions: { code: "FORBIDDEN" } }));
  });
  it("refuses the CARIF credential", () => {
    expect(() => perimetrePour(caller("CARIF"), demande)).toThrow(expect.objectContaining({ extensions: { code: "FORBIDDEN" } }));
  });
});

describe("exact ratios", () => {
  it("rounds half up to hundredths, with BigInt arithmetic", () => {
    expect(ratio(1, 3, 100)).toBe("33.33");
    expect(ratio(2, 3, 100)).toBe("66.67");
    expect(ratio(1, 8, 100)).toBe("12.50");
    expect(ratio(1, 800, 100)).toBe("0.13");
    expect(ratio(10, 4)).toBe("2.50");
    expect(ratio(0, 4)).toBe("0.00");
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(-1, 3, 100)).toBe("-33.33");
    expect(ratio(Number.MAX_SAFE_INTEGER, 1, 100)).toBe("900719925474099100.00");
  });
  it("reads database sums exactly and months as numbers", () => {
    expect(entier("123456789012345")).toBe(123456789012345);
    expect(entier(null)).toBe(0);
    expect(() => entier("1e30")).toThrow();
    expect(indiceMoisJs("2023-01") - indiceMoisJs("2022-12")).toBe(1);
  });
});
