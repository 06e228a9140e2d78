import { describe, expect, it } from "vitest";
import { ventiler } from "./vat.js";

describe("HT / TVA / TTC", () => {
  it("reproduces seed 001's validated invoices at 19,6 %", () => {
    expect(ventiler(859_866, 1960)).toEqual({ montantHT: 859_866, montantTVA: 168_534, montantTTC: 1_028_400 });
    expect(ventiler(373_278, 1960).montantTTC).toBe(446_440);
    expect(ventiler(1_069_599, 1960).montantTTC).toBe(1_279_240);
  });

  it("does not reproduce the seed's solde line, which is twice its HT (no VAT rule gives it)", () => {
    expect(ventiler(976_580, 1960).montantTTC).toBe(1_167_990);
    expect(ventiler(976_580, 1960).montantTTC).not.toBe(1_953_160);
  });

  it("keeps TTC = HT for an exonéré organisme (seed 000)", () => {
    expect(ventiler(317_500, 0)).toEqual({ montantHT: 317_500, montantTVA: 0, montantTTC: 317_500 });
  });

  it("rounds an exact half cent up", () => {
    // 0,05 € at 10 % = 0,005 € → 0,01 €; 0,04 € at 10 % = 0,004 € → 0,00 €.
    expect(ventiler(5, 1000).montantTVA).toBe(1);
    expect(ventiler(4, 1000).montantTVA).toBe(0);
  });

  it("refuses an impossible rate", () => {
    expect(() => ventiler(100, -1)).toThrow(RangeError);
    expect(() => ventiler(100, 19.6)).toThrow(RangeError);
  });
});
