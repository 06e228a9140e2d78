import { describe, expect, it } from "vitest";
import { idOf } from "./ids.js";

describe("idOf", () => {
  it("keeps positive integer ids and turns everything else into an id no row has", () => {
    expect(idOf("1")).toBe(1);
    expect(idOf(42)).toBe(42);
    expect(idOf("2147483647")).toBe(2_147_483_647);
    for (const bad of ["0", "-1", "abc", "1 OR 1=1", "", "1e3", "01", "2147483648", "99999999999", "🙂", "1.5"]) expect(idOf(bad), bad).toBe(-1);
  });
});
