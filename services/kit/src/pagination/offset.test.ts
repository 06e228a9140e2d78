import { describe, expect, it } from "vitest";
import { numberedPage } from "./offset.js";

describe("numberedPage", () => {
  it("turns a page and its size into OFFSET / LIMIT, with the defaults", () => {
    expect(numberedPage(undefined, undefined)).toEqual({ page: 1, parPage: 20, offset: 0 });
    expect(numberedPage(3, 25)).toEqual({ page: 3, parPage: 25, offset: 50 });
    expect(numberedPage(null, 100)).toEqual({ page: 1, parPage: 100, offset: 0 });
  });

  it("refuses sizes and pages out of bounds in the user's words, naming the field", () => {
    for (const parPage of [0, -1, 101, 2.5]) {
      expect(() => numberedPage(1, parPage)).toThrow(expect.objectContaining({ message: "Le nombre d'éléments par page doit être compris entre 1 et 100.", extensions: expect.objectContaining({ code: "BAD_USER_INPUT", champ: "parPage" }) }));
    }
    for (const page of [0, 100_001, 1.5]) {
      expect(() => numberedPage(page, 20)).toThrow(expect.objectContaining({ message: "Le numéro de page doit être compris entre 1 et 100000.", extensions: expect.objectContaining({ champ: "page" }) }));
    }
  });
});
