import { Kind } from "graphql";
import { describe, expect, it } from "vitest";
import { DateScalar, isCalendarDate, MontantScalar } from "./scalars.js";

describe("Date scalar", () => {
  it("accepts real calendar days only", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2023-02-31")).toBe(false);
    expect(isCalendarDate("31/02/2023")).toBe(false);
    expect(isCalendarDate("2023-1-05")).toBe(false);
  });

  it("refuses an impossible date with a French BAD_USER_INPUT error", () => {
    try {
      DateScalar.parseValue("2023-02-31");
      expect.unreachable();
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe("BAD_USER_INPUT");
      expect((error as Error).message).toMatch(/Date invalide/);
    }
  });
});

describe("Montant scalar", () => {
  it("serializes integer cents as an exact decimal string", () => {
    expect(MontantScalar.serialize(244_500)).toBe("2445.00");
  });

  it("parses strings and integers, never floats with more than two decimals", () => {
    expect(MontantScalar.parseValue("2445.00")).toBe(244_500);
    expect(MontantScalar.parseValue(12)).toBe(1_200);
    expect(MontantScalar.parseLiteral({ kind: Kind.STRING, value: "0.07" })).toBe(7);
    expect(() => MontantScalar.parseValue(0.1 + 0.2)).toThrow(/Montant invalide/);
    expect(() => MontantScalar.parseValue("1,234")).toThrow(/Montant invalide/);
    expect(() => MontantScalar.parseLiteral({ kind: Kind.FLOAT, value: "1.5" })).toThrow(/Montant invalide/);
  });
});
