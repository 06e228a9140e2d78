import { describe, expect, it } from "vitest";
import { frDate, orDash } from "./format.js";
import { containsPattern } from "./like.js";
import { optionalText, verbatimText } from "./text.js";

describe("catalogue helpers", () => {
  it("escapes the user's LIKE wildcards and the escape character itself", () => {
    expect(containsPattern("Lot 39_HSTA%!")).toBe("%lot 39!_hsta!%!!%");
  });

  it("writes days dd/mm/yyyy and missing values as a dash", () => {
    expect(frDate("2022-09-01")).toBe("01/09/2022");
    expect(frDate(null)).toBe("-");
    expect([orDash(""), orDash(0), orDash(null)]).toEqual(["-", "0", "-"]);
  });

  it("counts characters, not UTF-16 units, and keeps verbatim text as typed", () => {
    expect(optionalText("é".repeat(5), 5, "X", "x")).toBe("ééééé");
    expect(() => optionalText("😀".repeat(6), 5, "X", "x")).toThrow("Le champ « X » ne peut dépasser 5 caractères.");
    expect(verbatimText("  a  ", 10, "X", "x")).toBe("  a  ");
    expect(verbatimText("   ", 10, "X", "x")).toBeNull();
  });
});
