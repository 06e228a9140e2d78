import { describe, expect, it } from "vitest";
import { cibleRecuperation, montantAvance, recuperationAvance } from "./advance.js";

const AVANCE = 900_000; // 9 000,00 €, divisible by 3 and 6 for readable targets
const TOTAL = 10_000_000; // 100 000,00 €
const aTaux = (pourcent: number) => cibleRecuperation(AVANCE, (TOTAL * pourcent) / 100, TOTAL);

describe("advance", () => {
  it("is a configurable rate of the contract amount", () => {
    expect(montantAvance(65_820_000, 500)).toBe(3_291_000);
    expect(montantAvance(100, 3333)).toBe(33);
    expect(() => montantAvance(100, 10_001)).toThrow(RangeError);
  });

  it("recovers nothing up to 10 %", () => {
    expect(aTaux(0)).toBe(0);
    expect(aTaux(5)).toBe(0);
    expect(aTaux(10)).toBe(0);
  });

  it("is linear inside 10–20 %, then flat at one third until 30 %", () => {
    expect(aTaux(15)).toBe(150_000);
    expect(aTaux(20)).toBe(300_000);
    expect(aTaux(25)).toBe(300_000);
    expect(aTaux(30)).toBe(300_000);
  });

  it("is linear inside 30–40 %, then flat at two thirds until 50 %", () => {
    expect(aTaux(35)).toBe(450_000);
    expect(aTaux(40)).toBe(600_000);
    expect(aTaux(45)).toBe(600_000);
    expect(aTaux(50)).toBe(600_000);
  });

  it("recovers everything from 60 %", () => {
    expect(aTaux(55)).toBe(750_000);
    expect(aTaux(60)).toBe(AVANCE);
    expect(aTaux(100)).toBe(AVANCE);
    expect(cibleRecuperation(AVANCE, TOTAL * 2, TOTAL)).toBe(AVANCE);
  });

  it("rounds the target down to the cent just past a band's start", () => {
    // 10 % + 1 cent of realisation on a 1 000 € advance.
    expect(cibleRecuperation(100_000, 1_000_001, TOTAL)).toBe(0);
    expect(cibleRecuperation(100, 3, 10)).toBe(100 / 3 | 0);
  });

  it("never recovers more than the invoice, nor more than is left", () => {
    expect(recuperationAvance({ avance: AVANCE, dejaRecupere: 0, realiseCumule: TOTAL, prixTotal: TOTAL, plafond: 1_000 })).toBe(1_000);
    expect(recuperationAvance({ avance: AVANCE, dejaRecupere: 899_500, realiseCumule: TOTAL, prixTotal: TOTAL, plafond: 1_000_000 })).toBe(500);
    expect(recuperationAvance({ avance: AVANCE, dejaRecupere: 300_000, realiseCumule: TOTAL / 4, prixTotal: TOTAL, plafond: 1_000_000 })).toBe(0);
  });

  it("catches up on a later invoice what a small one could not recover", () => {
    const first = recuperationAvance({ avance: AVANCE, dejaRecupere: 0, realiseCumule: TOTAL / 5, prixTotal: TOTAL, plafond: 100_000 });
    expect(first).toBe(100_000);
    const second = recuperationAvance({ avance: AVANCE, dejaRecupere: first, realiseCumule: TOTAL / 4, prixTotal: TOTAL, plafond: 1_000_000 });
    expect(second).toBe(200_000);
  });
});
