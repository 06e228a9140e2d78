import { describe, expect, it } from "vitest";
import { aujourdhuiParis, avant } from "./dates";

describe("dates", () => {
  it("gives the Paris calendar day, not the UTC one", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1 in winter).
    expect(aujourdhuiParis(new Date("2023-12-31T23:30:00Z"))).toBe("2024-01-01");
    expect(aujourdhuiParis(new Date("2024-06-30T21:59:00Z"))).toBe("2024-06-30");
  });

  it("compares days", () => {
    expect(avant("2024-06-30", "2024-07-01")).toBe(true);
    expect(avant("2024-07-01", "2024-07-01")).toBe(false);
  });
});
