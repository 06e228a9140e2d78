import { describe, expect, it } from "vitest";
import { formatHundredths, formatHundredthsFr, parseHundredths } from "./decimal.js";

describe("exact decimals (cents, hundredths of an hour)", () => {
  it("parses dot or comma decimals to integer hundredths", () => {
    expect(parseHundredths("3175")).toBe(317_500);
    expect(parseHundredths("3175.5")).toBe(317_550);
    expect(parseHundredths("3175,05")).toBe(317_505);
    expect(parseHundredths("-12.30")).toBe(-1_230);
    expect(parseHundredths(" 0.01 ")).toBe(1);
  });

  it("refuses what is not an exact two-decimal number", () => {
    for (const bad of ["", "abc", "1.234", "1e3", "0x10", "1 000", "12.", ".5", "99999999999999"]) {
      expect(parseHundredths(bad), bad).toBeNull();
    }
  });

  it("formats for the wire and for French documents", () => {
    expect(formatHundredths(317_500)).toBe("3175.00");
    expect(formatHundredths(-5)).toBe("-0.05");
    expect(formatHundredthsFr(6_234_545)).toBe("62 345,45");
    expect(formatHundredthsFr(3_720_000)).toBe("37 200,00");
    expect(formatHundredthsFr(-100_000_000)).toBe("-1 000 000,00");
  });

  it("round-trips every value without drift (where floats would not)", () => {
    // 0.1 + 0.2 !== 0.3 in binary floating point; in hundredths it is exact.
    expect(parseHundredths("0.10")! + parseHundredths("0.20")!).toBe(parseHundredths("0.30"));
    for (let cents = -1000; cents <= 100_000; cents += 7) {
      expect(parseHundredths(formatHundredths(cents))).toBe(cents);
    }
  });

  it("refuses to format a non-integer", () => {
    expect(() => formatHundredths(1.5)).toThrow(RangeError);
  });
});
