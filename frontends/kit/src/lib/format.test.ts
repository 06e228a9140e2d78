import { describe, expect, it } from "vitest";
import { formatDate, formatDecimal, formatHeures, formatMontant } from "./format";

describe("formatDate", () => {
  it("shows a calendar day as dd/mm/yyyy", () => {
    expect(formatDate("2022-09-01")).toBe("01/09/2022");
    expect(formatDate("2023-12-31")).toBe("31/12/2023");
  });

  it("shows nothing for a missing date and the raw value for an unexpected one", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDate("01/09/2022")).toBe("01/09/2022");
  });
});

describe("formatMontant", () => {
  it("groups thousands with a space and uses a decimal comma", () => {
    expect(formatMontant("3175.00")).toBe("3 175,00 €");
    expect(formatMontant("0.50")).toBe("0,50 €");
    expect(formatMontant("999.99")).toBe("999,99 €");
    expect(formatMontant("1000.00")).toBe("1 000,00 €");
    expect(formatMontant("1234567.89")).toBe("1 234 567,89 €");
  });

  it("keeps every digit of amounts a float would round", () => {
    expect(formatMontant("90071992547409.93")).toBe("90 071 992 547 409,93 €");
    expect(formatMontant("0.10")).toBe("0,10 €");
  });

  it("handles negative amounts, missing decimals and leading zeros", () => {
    expect(formatMontant("-2445.00")).toBe("-2 445,00 €");
    expect(formatMontant("-0.00")).toBe("0,00 €");
    expect(formatMontant("12")).toBe("12,00 €");
    expect(formatMontant("12.5")).toBe("12,50 €");
    expect(formatMontant("007.10")).toBe("7,10 €");
  });

  it("shows nothing for a missing amount and the raw value for an unexpected one", () => {
    expect(formatMontant(null)).toBe("");
    expect(formatMontant("")).toBe("");
    expect(formatMontant("abc")).toBe("abc");
    expect(formatMontant("1e3")).toBe("1e3");
  });
});

describe("formatHeures", () => {
  it("formats hours with their unit", () => {
    expect(formatHeures("37200.00", "hc")).toBe("37 200,00 hc");
    expect(formatHeures("35.5", "he")).toBe("35,50 he");
    expect(formatHeures("7.00")).toBe("7,00 h");
  });

  it("shows nothing for missing hours", () => {
    expect(formatHeures(undefined, "hc")).toBe("");
  });
});

describe("formatDecimal", () => {
  it("formats a plain decimal string", () => {
    expect(formatDecimal("1234.56")).toBe("1 234,56");
    expect(formatDecimal("100")).toBe("100,00");
  });
});
