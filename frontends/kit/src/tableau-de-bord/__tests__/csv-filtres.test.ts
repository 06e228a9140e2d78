import { describe, expect, it } from "vitest";
import { celluleCsv, versCsv } from "../csv";
import { filtreDepuisUrl, filtreVersUrl } from "../filtres";

describe("dashboard CSV", () => {
  it("writes `;`-separated French CSV with exact figures and a decimal comma", () => {
    const csv = versCsv(
      [
        { titre: "Mois", valeur: (l: { mois: string; m: string; n: number; t: string }) => l.mois },
        { titre: "Facturé (€ TTC)", valeur: (l) => l.m },
        { titre: "Nombre", valeur: (l) => l.n },
        { titre: "Libellé", valeur: (l) => l.t },
      ],
      [
        { mois: "2023-01", m: "123456789012.05", n: 3, t: 'LOT "A"; B' },
        { mois: "2023-02", m: "-0.10", n: 0, t: "" },
      ],
    );
    expect(csv).toBe('\uFEFFMois;Facturé (€ TTC);Nombre;Libellé\r\n2023-01;123456789012,05;3;"LOT ""A""; B"\r\n2023-02;-0,10;0;\r\n');
  });

  it("leaves dates, codes and integers alone", () => {
    expect(celluleCsv("2023-01-02")).toBe("2023-01-02");
    expect(celluleCsv(null)).toBe("");
    expect(celluleCsv(12)).toBe("12");
  });
});

describe("dashboard filters in the URL", () => {
  it("round-trips a filter and keeps other parameters", () => {
    const url = filtreVersUrl({ anneeProgrammation: 2023, dispositif: "PROJET PRO 2023", du: "2023-01-01" }, new URLSearchParams("vue=actions&departement=34"));
    expect(url.toString()).toBe("vue=actions&annee=2023&dispositif=PROJET+PRO+2023&du=2023-01-01");
    expect(filtreDepuisUrl(url)).toEqual({ anneeProgrammation: 2023, dispositif: "PROJET PRO 2023", du: "2023-01-01" });
  });

  it("ignores malformed values", () => {
    expect(filtreDepuisUrl(new URLSearchParams("annee=20x3&du=01/02/2023&departement=%20"))).toEqual({});
  });
});
