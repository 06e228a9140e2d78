import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionTest1, declaration, executionTest1 } from "../../test/fixtures.js";
import type { ActionCatalogue } from "../sources/inputs.js";
import { sum } from "./arithmetic.js";
import { ajouterMois } from "./months.js";
import { planFacturation, type EtatFinance, type FactureProposee } from "./plan.js";

const options = { numRuns: 300, seed: 20_230_510 };

function emettre(etat: EtatFinance, p: FactureProposee): EtatFinance {
  const m = p.montants;
  return {
    ...etat,
    factures: [
      ...etat.factures,
      { type: p.type, numero: p.periode, moisDebut: p.moisDebut, moisFin: p.moisFin, palier: p.palier, montantRealiseHT: m.realiseHT, reportAuSolde: m.reportAuSolde, montantTTC: m.montantTTC, avanceRecuperee: m.avanceRecuperee },
    ],
  };
}

/**
 * A whole action, whatever its payment mode, months and advance: every invoice the plan offers
 * is emitted as soon as it is available while the action runs, then the solde after closing.
 * Then: each month is paid exactly once (Σ realised of the invoices, less what the three-acomptes
 * cap carried to the solde, = Σ cost of the months), each invoice's lines add up to its realised
 * HT, no amount is negative (but a solde's amount to pay, which may give back advance), the
 * advance is recovered exactly, never more, never before it is due, and nothing is left to invoice.
 */
describe("billing plan over a whole action (property)", () => {
  it("pays every month once, recovers exactly the advance and leaves nothing to invoice", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("MENSUEL", "TRIMESTRIEL", "TROIS_ACOMPTES"),
        fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1_000_000, max: 50_000_000 }),
        fc.option(fc.integer({ min: 1, max: 5_000_000 })),
        fc.constantFrom(0, 1960),
        (frequence, heures, prixTotal, avance, tva) => {
          const action: ActionCatalogue = actionTest1({
            prixTotal,
            organisme: { ...actionTest1().organisme, tauxTvaPointsDeBase: tva },
            composantes: [{ numero: "01", intitule: "C", prestations: [{ type: "HC", libelle: "Heure stagiaire centre", volumeTotal: 1_000_000, prixUnitaire: 1_000 }] }],
          });
          const mois = heures.map((_, i) => ajouterMois("2022-09", i));
          const declarations = heures.map((h, i) => declaration(mois[i]!, true, h, 0));
          let etat: EtatFinance = {
            factures: avance ? [{ type: "AVANCE", numero: "AV", moisDebut: null, moisFin: null, palier: null, montantRealiseHT: 0, reportAuSolde: 0, montantTTC: avance, avanceRecuperee: 0 }] : [],
            sousTraitancesEnAttente: [],
          };
          const emises: FactureProposee[] = [];
          const run = (execution: ReturnType<typeof executionTest1>) => {
            for (let guard = 0; guard < 30; guard += 1) {
              const suivante = planFacturation(action, execution, etat, [30, 60, 80]).find((p) => p.disponible);
              if (!suivante) return;
              emises.push(suivante);
              etat = emettre(etat, suivante);
            }
            throw new Error("le plan ne s'épuise pas");
          };
          run(executionTest1({ frequencePaiement: frequence, declarations, statut: "EC", dateFinReelle: null, bilanComplet: false }));
          const cloture = executionTest1({ frequencePaiement: frequence, declarations, statut: "CLOTUREE", dateFinReelle: `${mois.at(-1)}-28`, bilanComplet: true });
          run(cloture);

          expect(emises.filter((f) => f.type === "SOLDE")).toHaveLength(1);
          expect(emises.at(-1)!.type).toBe("SOLDE");
          expect(planFacturation(action, cloture, etat, [30, 60, 80])).toEqual([]);
          const cout = sum(heures.map((h) => Math.round((h * 1_000) / 100)));
          expect(sum(emises.map((f) => f.montants.realiseHT - f.montants.reportAuSolde))).toBe(cout);
          for (const f of emises) {
            expect(sum(f.lignes.map((l) => l.montant))).toBe(f.montants.realiseHT);
            for (const v of [f.montants.montantHT, f.montants.montantTVA, f.montants.montantTTC, f.montants.avanceRecuperee, f.montants.reportAuSolde]) expect(v).toBeGreaterThanOrEqual(0);
            if (f.type !== "SOLDE") expect(f.montants.montantAPayer).toBeGreaterThanOrEqual(0);
          }
          // Months of the acomptes never overlap.
          const couverts = emises.filter((f) => f.type === "ACOMPTE").flatMap((f) => mois.filter((m) => m >= f.moisDebut && m <= f.moisFin));
          expect(new Set(couverts).size).toBe(couverts.length);
          // Recovered: cumulatively non-decreasing by construction, never above the advance, all of it in the end.
          let recupere = 0;
          for (const f of emises) {
            recupere += f.montants.avanceRecuperee;
            expect(recupere).toBeLessThanOrEqual(avance ?? 0);
          }
          expect(recupere).toBe(avance ?? 0);
        },
      ),
      options,
    );
  });
});
