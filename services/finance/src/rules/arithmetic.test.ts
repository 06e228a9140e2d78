import { describe, expect, it } from "vitest";
import { mulDivFloor, mulDivRound, ratioAtLeast, sum } from "./arithmetic.js";

describe("exact arithmetic", () => {
  it("rounds to the nearest integer, halves away from zero", () => {
    expect(mulDivRound(1, 1, 2)).toBe(1);
    expect(mulDivRound(1, 1, 3)).toBe(0);
    expect(mulDivRound(2, 1, 3)).toBe(1);
    expect(mulDivRound(-1, 1, 2)).toBe(-1);
    expect(mulDivRound(-1, 1, 3)).toBe(0);
    expect(mulDivRound(859_866, 1960, 10_000)).toBe(168_534);
  });

  it("rounds down towards −∞", () => {
    expect(mulDivFloor(2, 1, 3)).toBe(0);
    expect(mulDivFloor(-1, 1, 3)).toBe(-1);
    expect(mulDivFloor(6, 1, 3)).toBe(2);
  });

  it("stays exact past 2^53 in the intermediate product", () => {
    // 9e15 × 3 overflows a double's exact range; the result fits.
    expect(mulDivFloor(9_000_000_000_000_000 / 1000, 3_000, 3_000)).toBe(9_000_000_000_000);
    expect(() => mulDivRound(Number.MAX_SAFE_INTEGER, 10, 1)).toThrow(RangeError);
  });

  it("refuses non-integers and a zero divisor", () => {
    expect(() => mulDivRound(1.5, 1, 1)).toThrow(RangeError);
    expect(() => mulDivRound(1, 1, 0)).toThrow(RangeError);
    expect(() => sum([1, 0.1])).toThrow(RangeError);
  });

  it("compares fractions exactly", () => {
    expect(ratioAtLeast(30, 100, 30, 100)).toBe(true);
    expect(ratioAtLeast(2_999_999, 10_000_000, 30, 100)).toBe(false);
  });
});
