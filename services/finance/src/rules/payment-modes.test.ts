import { describe, expect, it } from "vitest";
import { periodesFacturables, plafondTroisAcomptes, SEUILS_PAR_DEFAUT, type EtatFacturation, type MoisDeclare } from "./payment-modes.js";

const TOTAL = 10_000_000;
const declares = (debut: number, confirmes: number[], enCours = true): MoisDeclare[] => {
  const list = confirmes.map((cout, i) => ({ mois: `2022-${String(debut + i).padStart(2, "0")}`, confirme: true, cout }));
  if (enCours) list.push({ mois: `2022-${String(debut + confirmes.length).padStart(2, "0")}`, confirme: false, cout: 0 });
  return list;
};
const etat = (e: Partial<EtatFacturation>): EtatFacturation => ({
  frequence: "MENSUEL",
  debutReel: "2022-03",
  finReelle: null,
  mois: [],
  moisFactures: new Set(),
  prixTotal: TOTAL,
  seuils: SEUILS_PAR_DEFAUT,
  palierAtteint: 0,
  ...e,
});
const resume = (e: EtatFacturation) => periodesFacturables(e).map((p) => [p.nature, p.moisDebut, p.moisFin, p.disponible, p.palier]);

describe("mensuel", () => {
  it("offers one invoice per confirmed month, the earliest first, and shows the month in progress", () => {
    const e = etat({ mois: declares(3, [100, 100]), moisFactures: new Set(["2022-03"]) });
    expect(resume(e)).toEqual([
      ["MENSUEL", "2022-04", "2022-04", true, null],
      ["MENSUEL", "2022-05", "2022-05", false, null],
    ]);
    expect(periodesFacturables(e)[1]!.raison).toBe("En attente de la confirmation de la déclaration de mai 2022.");
  });

  it("lists nothing past the month in progress, however many months are late", () => {
    const mois: MoisDeclare[] = ["2022-09", "2022-10", "2022-11", "2022-12"].map((m, i) => ({ mois: m, confirme: i === 0, cout: 1 }));
    expect(resume(etat({ debutReel: "2022-09", mois }))).toEqual([
      ["MENSUEL", "2022-09", "2022-09", true, null],
      ["MENSUEL", "2022-10", "2022-10", false, null],
    ]);
    const trimestres: MoisDeclare[] = Array.from({ length: 12 }, (_, i) => ({ mois: `2023-${String(i + 1).padStart(2, "0")}`, confirme: false, cout: 0 }));
    expect(resume(etat({ frequence: "TRIMESTRIEL", debutReel: "2023-01", mois: trimestres }))).toEqual([["TRIMESTRIEL", "2023-01", "2023-03", false, null]]);
  });

  it("lets only the earliest confirmed month be emitted", () => {
    const periodes = periodesFacturables(etat({ mois: declares(3, [1, 1], false) }));
    expect(periodes.map((p) => p.disponible)).toEqual([true, false]);
    expect(periodes[1]!.raison).toBe("Émettez d'abord la facture de la période précédente.");
  });
});

describe("trimestriel", () => {
  it("counts quarters from the real start, as seed 000 (Sept. start: Sept.–Nov., then Déc.–Fév.)", () => {
    const mois: MoisDeclare[] = ["2022-09", "2022-10", "2022-11"].map((m) => ({ mois: m, confirme: true, cout: 1 }));
    mois.push({ mois: "2022-12", confirme: false, cout: 0 });
    const e = etat({ frequence: "TRIMESTRIEL", debutReel: "2022-09", mois });
    expect(resume(e)).toEqual([
      ["TRIMESTRIEL", "2022-09", "2022-11", true, null],
      ["TRIMESTRIEL", "2022-12", "2023-02", false, null],
    ]);
    expect(periodesFacturables(e)[1]!.raison).toBe("En attente de la confirmation de la déclaration de décembre 2022.");
  });

  it("waits until all three months are confirmed", () => {
    const e = etat({ frequence: "TRIMESTRIEL", debutReel: "2022-03", mois: declares(3, [1, 1]) });
    expect(resume(e)).toEqual([["TRIMESTRIEL", "2022-03", "2022-05", false, null]]);
  });

  it("cuts the last quarter at the real end", () => {
    const e = etat({ frequence: "TRIMESTRIEL", debutReel: "2022-03", finReelle: "2022-07", mois: declares(3, [1, 1, 1, 1, 1], false), moisFactures: new Set(["2022-03", "2022-04", "2022-05"]) });
    expect(resume(e)).toEqual([["TRIMESTRIEL", "2022-06", "2022-07", true, null]]);
  });
});

describe("trois acomptes", () => {
  const pct = (p: number) => (TOTAL * p) / 100;

  it("offers the first acompte once 30 % is reached, covering every confirmed month", () => {
    expect(resume(etat({ frequence: "TROIS_ACOMPTES", mois: declares(3, [pct(10), pct(10)]) }))).toEqual([["SEUIL", "2022-03", "2022-05", false, 1]]);
    expect(resume(etat({ frequence: "TROIS_ACOMPTES", mois: declares(3, [pct(10), pct(20)]) }))).toEqual([["SEUIL", "2022-03", "2022-04", true, 1]]);
  });

  it("counts an acompte that jumps past two thresholds as the highest", () => {
    expect(resume(etat({ frequence: "TROIS_ACOMPTES", mois: declares(3, [pct(65)]) }))).toEqual([["SEUIL", "2022-03", "2022-03", true, 2]]);
  });

  it("falls back to a quarter when the next threshold is not reached within three months, then returns to thresholds", () => {
    const mois = declares(3, [pct(5), pct(5), pct(5), pct(20)]);
    const e = etat({ frequence: "TROIS_ACOMPTES", mois });
    expect(resume(e)).toEqual([["SEUIL", "2022-03", "2022-06", true, 1]]);
    const lent = etat({ frequence: "TROIS_ACOMPTES", mois: declares(3, [pct(5), pct(5), pct(5)]) });
    expect(resume(lent)).toEqual([["TRIMESTRIEL_REPLI", "2022-03", "2022-05", true, null]]);
    const apres = etat({ ...lent, mois: declares(3, [pct(5), pct(5), pct(5), pct(16)]), moisFactures: new Set(["2022-03", "2022-04", "2022-05"]) });
    expect(resume(apres)).toEqual([["SEUIL", "2022-06", "2022-06", true, 1]]);
  });

  it("offers nothing more once the three acomptes are taken: the rest is the solde", () => {
    expect(periodesFacturables(etat({ frequence: "TROIS_ACOMPTES", mois: declares(3, [pct(90)]), palierAtteint: 3 }))).toEqual([]);
  });

  it("says which threshold is awaited", () => {
    const [p] = periodesFacturables(etat({ frequence: "TROIS_ACOMPTES", mois: declares(3, [pct(35)]), moisFactures: new Set(["2022-03"]), palierAtteint: 1 }));
    expect(p!.raison).toBe("Acompte n° 2 : le taux de réalisation de 60 % n'est pas encore atteint.");
  });

  it("caps the acomptes at 80 % of the contract", () => {
    expect(plafondTroisAcomptes({ frequence: "TROIS_ACOMPTES", prixTotal: TOTAL, seuils: SEUILS_PAR_DEFAUT }, pct(70))).toBe(pct(10));
    expect(plafondTroisAcomptes({ frequence: "TROIS_ACOMPTES", prixTotal: TOTAL, seuils: SEUILS_PAR_DEFAUT }, pct(85))).toBe(0);
    expect(plafondTroisAcomptes({ frequence: "MENSUEL", prixTotal: TOTAL, seuils: SEUILS_PAR_DEFAUT }, 0)).toBeNull();
  });
});
