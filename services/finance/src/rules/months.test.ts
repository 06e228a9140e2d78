import { describe, expect, it } from "vitest";
import { ajouterMois, ecartMois, isMois, libelleMois, libellePeriode, moisDe } from "./months.js";

describe("months", () => {
  it("adds months across years", () => {
    expect(ajouterMois("2022-09", 3)).toBe("2022-12");
    expect(ajouterMois("2022-12", 1)).toBe("2023-01");
    expect(ajouterMois("2023-01", -1)).toBe("2022-12");
    expect(ecartMois("2022-09", "2023-02")).toBe(5);
    expect(ecartMois("2023-02", "2022-09")).toBe(-5);
    expect(moisDe("2022-09-05")).toBe("2022-09");
  });

  it("labels periods as the seeds do", () => {
    expect(libelleMois("2006-10")).toBe("Octobre 2006");
    expect(libellePeriode("2022-09", "2022-11")).toBe("Septembre 2022 - Novembre 2022");
    expect(libellePeriode("2006-10", "2006-10")).toBe("Octobre 2006");
    expect(libelleMois("2022-12")).toBe("Décembre 2022");
  });

  it("refuses what is not a month", () => {
    expect(isMois("2022-13")).toBe(false);
    expect(isMois("2022-1")).toBe(false);
    expect(() => ajouterMois("2022-00", 1)).toThrow(RangeError);
  });
});
