import { describe, expect, it } from "vitest";
import { formatMontant } from "./format";
import { additionnerMontants, ajouterMois, comparerMontants, libelleMois, lireMontant, montantPositif } from "./saisie";

describe("saisie", () => {
  it("reads French amounts exactly, as the Montant scalar takes them", () => {
    expect(lireMontant("3 175,00")).toEqual({ valeur: "3175.00" });
    expect(lireMontant("1500")).toEqual({ valeur: "1500.00" });
    expect(lireMontant("0,5")).toEqual({ valeur: "0.50" });
    expect(lireMontant("1\u202f000,10 €")).toEqual({ valeur: "1000.10" });
    expect(lireMontant("12,345").erreur).toBe("Montant invalide : indiquez un nombre avec au plus deux décimales (ex. 3175.00).");
    expect(lireMontant("abc", "Montant HT").erreur).toBe("Montant HT invalide : indiquez un nombre avec au plus deux décimales (ex. 3175.00).");
    expect(montantPositif("0.00")).toBe(false);
    expect(montantPositif("0.01")).toBe(true);
  });

  it("compares and adds amounts without floating point", () => {
    expect(comparerMontants("3175.01", "3175.00")).toBe(1);
    expect(comparerMontants("0.10", "0.10")).toBe(0);
    expect(comparerMontants("9.99", "10.00")).toBe(-1);
    expect(additionnerMontants(["0.10", "0.20"])).toBe("0.30");
    expect(additionnerMontants(["62345.45", "3175.00"])).toBe("65520.45");
    expect(additionnerMontants(["10.00", "-10.50"])).toBe("-0.50");
    expect(additionnerMontants([])).toBe("0.00");
    expect(formatMontant(additionnerMontants(["62345.45", "3175.00"]))).toBe("65 520,45 €");
  });

  it("adds months to a day and names months in French", () => {
    expect(ajouterMois("2022-08-31", 6)).toBe("2023-02-28");
    expect(ajouterMois("2023-12-15", 1)).toBe("2024-01-15");
    expect(libelleMois("2022-12", true)).toBe("Décembre 2022");
    expect(libelleMois("2023-02")).toBe("février 2023");
  });
});
import { centiemes, depuisCentiemes, versEntier, versHeures, versSaisie } from "./saisie";

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
    expect(libelleMois("2023-01", true)).toBe("Janvier 2023");
    expect(libelleMois("2007-08", true)).toBe("Août 2007");
  });
});
