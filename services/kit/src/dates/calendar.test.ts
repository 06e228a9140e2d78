import { describe, expect, it } from "vitest";
import {
  addMonths, addMonthsToDay, frDate, frDeMonth, frMonth, frMonthTitle, isCalendarDay, isMonth, lastDayOf, monthsBetween, parseFrDate,
} from "./calendar.js";

describe("calendar days and months", () => {
  it("writes dates and months the French way", () => {
    expect(frDate("2007-01-05")).toBe("05/01/2007");
    expect(frMonth("2007-01")).toBe("janvier 2007");
    expect(frMonthTitle("2007-08")).toBe("Août 2007");
    expect([frDeMonth("2007-04"), frDeMonth("2007-08"), frDeMonth("2007-10"), frDeMonth("2007-01")]).toEqual(["d'avril 2007", "d'août 2007", "d'octobre 2007", "de janvier 2007"]);
  });

  it("reads dd/mm/yyyy and refuses impossible days", () => {
    expect(parseFrDate("05/01/2007")).toBe("2007-01-05");
    expect(parseFrDate(" 5/1/2007 ")).toBe("2007-01-05");
    expect(parseFrDate("29/02/2007")).toBeNull();
    expect(parseFrDate("29/02/2008")).toBe("2008-02-29");
    expect(parseFrDate("2007-01-05")).toBeNull();
    expect(isCalendarDay("2007-02-29")).toBe(false);
    expect(isMonth("2007-13")).toBe(false);
    expect(isMonth("2007-12")).toBe(true);
  });

  it("counts months across years", () => {
    expect(addMonths("2007-11", 3)).toBe("2008-02");
    expect(addMonths("2007-01", -1)).toBe("2006-12");
    expect(lastDayOf("2007-02")).toBe("2007-02-28");
    expect(lastDayOf("2008-02")).toBe("2008-02-29");
    expect(monthsBetween("2006-11", "2007-02")).toEqual(["2006-11", "2006-12", "2007-01", "2007-02"]);
    expect(monthsBetween("2007-02", "2007-01")).toEqual([]);
    expect(addMonthsToDay("2007-08-31", 6)).toBe("2008-02-29");
    expect(addMonthsToDay("2007-01-15", 12)).toBe("2008-01-15");
  });
});
