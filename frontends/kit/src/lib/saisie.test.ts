import { describe, expect, it } from "vitest";
import { centiemes, depuisCentiemes, libelleMois, versEntier, versHeures, versSaisie } from "./saisie";

describe("versHeures", () => {
  it("reads hours typed the French way into the Heures scalar", () => {
    expect(versHeures("10,5")).toBe("10.50");
    expect(versHeures("10.50")).toBe("10.50");
    expect(versHeures(" 7 ")).toBe("7.00");
    expect(versHeures("007,05")).toBe("7.05");
    expect(versHeures("1 200,25")).toBe("1200.25");
  });
  it("refuses what the graph refuses: negative, more than two decimals, text, empty", () => {
    for (const texte of ["-1", "1,234", "abc", "", "1,", ",5", undefined, null]) expect(versHeures(texte)).toBeNull();
  });
});

describe("hundredths", () => {
  it("are exact both ways", () => {
    expect(centiemes("10.50")).toBe(1050);
    expect(centiemes("0.07")).toBe(7);
    expect(depuisCentiemes(1050)).toBe("10.50");
    expect(depuisCentiemes(7)).toBe("0.07");
    expect(versSaisie("10.50")).toBe("10,50");
  });
});

describe("versEntier and libelleMois", () => {
  it("reads whole numbers only", () => {
    expect(versEntier("20")).toBe(20);
    expect(versEntier("0")).toBe(0);
    expect(versEntier("-1")).toBeNull();
    expect(versEntier("2,5")).toBeNull();
  });
  it("names a month as the seeds do", () => {
    expect(libelleMois("2023-01")).toBe("Janvier 2023");
    expect(libelleMois("2007-08")).toBe("Août 2007");
  });
});
