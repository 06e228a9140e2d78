import { describe, expect, it } from "vitest";
import { paginer, trier } from "./tri";

describe("trier", () => {
  const lignes = [
    { nom: "Élodie", n: 10 },
    { nom: "bernard", n: 2 },
    { nom: "", n: 1 },
    { nom: "Alain", n: 30 },
  ];

  it("sorts text with French collation and numbers numerically, empty values last", () => {
    expect(trier(lignes, (l) => l.nom, "ascending").map((l) => l.nom)).toEqual(["Alain", "bernard", "Élodie", ""]);
    expect(trier(lignes, (l) => l.nom, "descending").map((l) => l.nom)).toEqual(["Élodie", "bernard", "Alain", ""]);
    expect(trier(lignes, (l) => l.n, "ascending").map((l) => l.n)).toEqual([1, 2, 10, 30]);
  });

  it("compares numbers inside text by value (N° 2 before N° 10) and keeps equal keys in order", () => {
    expect(trier(["Session n° 10", "Session n° 2"], (s) => s, "ascending")).toEqual(["Session n° 2", "Session n° 10"]);
    expect(trier([{ k: 1, i: "a" }, { k: 1, i: "b" }], (x) => x.k, "descending").map((x) => x.i)).toEqual(["a", "b"]);
  });

  it("does not change the array it is given", () => {
    const copie = [...lignes];
    trier(lignes, (l) => l.n, "descending");
    expect(lignes).toEqual(copie);
  });
});

describe("paginer", () => {
  const lignes = Array.from({ length: 45 }, (_, i) => i + 1);

  it("cuts pages and counts them", () => {
    expect(paginer(lignes, 1, 20)).toEqual({ lignes: lignes.slice(0, 20), page: 1, pages: 3 });
    expect(paginer(lignes, 3, 20).lignes).toEqual([41, 42, 43, 44, 45]);
  });

  it("clamps a page out of range and has one empty page for no rows", () => {
    expect(paginer(lignes, 9, 20).page).toBe(3);
    expect(paginer(lignes, 0, 20).page).toBe(1);
    expect(paginer([], 1, 20)).toEqual({ lignes: [], page: 1, pages: 1 });
  });
});
