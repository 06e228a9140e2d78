import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/errors.js";
import { parseCsv } from "./csv.js";

const limits = { maxCharacters: 10_000, maxLines: 3 };

describe("CSV files", () => {
  it("reads ; separated lines with their line numbers, quotes, CRLF and a BOM", () => {
    const text = '\uFEFFnom;prenom;note\r\nFRANCO;ROBERTO;"dit ""Bob""; le grand"\r\n\r\nBORG; BJON ;\r\n';
    const { colonnes, lignes } = parseCsv(text, limits);
    expect(colonnes).toEqual(["nom", "prenom", "note"]);
    expect(lignes).toEqual([
      { ligne: 2, valeurs: { nom: "FRANCO", prenom: "ROBERTO", note: 'dit "Bob"; le grand' } },
      { ligne: 4, valeurs: { nom: "BORG", prenom: "BJON", note: "" } },
    ]);
  });

  it("accepts , when the header has no ;", () => {
    expect(parseCsv("a,b\n1,2", limits).lignes).toEqual([{ ligne: 2, valeurs: { a: "1", b: "2" } }]);
  });

  it("counts the lines of a quoted multi-line cell", () => {
    const { lignes } = parseCsv('a;b\n"x\ny";1\nz;2', limits);
    expect(lignes.map((l) => l.ligne)).toEqual([2, 4]);
  });

  it("refuses files over the limits, empty files, extra cells and open quotes", () => {
    const refusal = (text: string, max = limits) => {
      try {
        parseCsv(text, max);
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        return (error as DomainError).message;
      }
      throw new Error("accepted");
    };
    expect(refusal("a\n1\n2\n3\n4")).toBe("Le fichier compte 4 lignes : 3 au plus par fichier.");
    expect(refusal("a;b\n1;2", { maxCharacters: 5, maxLines: 3 })).toBe("Le fichier dépasse la taille autorisée (5 caractères) : découpez-le.");
    expect(refusal("\n  \n")).toBe("Le fichier est vide : la première ligne doit nommer les colonnes.");
    expect(refusal("a;b\n1;2;3")).toBe("Ligne 2 : 3 colonnes au lieu de 2.");
    expect(refusal('a;b\n"1;2')).toBe("Ligne 2 : guillemet ouvrant sans guillemet fermant.");
  });
});
