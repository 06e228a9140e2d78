import { describe, expect, it } from "vitest";
import { StatutAction } from "../action/statut-action.enum.js";
import { compter } from "./tableau.rules.js";

describe("home counters (seed 003's « MES ACTIONS » / « INDICATEURS DE SUIVI »)", () => {
  it("counts actions by status, late closings, partial records and months waiting for confirmation", () => {
    const tableau = compter({
      actions: [
        { id: 1, dateFinPrevue: "2024-06-30" },
        { id: 2, dateFinPrevue: "2024-06-30" },
        { id: 3, dateFinPrevue: "2022-12-31" },
        { id: 4, dateFinPrevue: "2022-12-31" },
        { id: 5, dateFinPrevue: "2023-12-31" },
      ],
      suivis: [
        { actionId: 1, statut: StatutAction.EC, dateDebutReelle: "2022-09-01" },
        { actionId: 3, statut: StatutAction.EC, dateDebutReelle: "2022-10-03" },
        { actionId: 4, statut: StatutAction.CLOTUREE, dateDebutReelle: "2022-01-03" },
        { actionId: 5, statut: StatutAction.AO, dateDebutReelle: null },
      ],
      confirmations: [
        { actionId: 1, mois: "2022-09" }, { actionId: 1, mois: "2022-10" }, { actionId: 1, mois: "2022-11" },
        { actionId: 3, mois: "2022-10" },
      ],
      inscriptionsEnAttente: 7,
      aujourdhui: "2023-01-05",
    });
    // Action 1: December 2022 waits; action 3: November and December 2022.
    expect(tableau).toEqual({
      actionsEnAttenteOuverture: 2, actionsEnCours: 2, actionsEnRetardFermeture: 1, inscriptionsEnAttente: 7, declarationsEnAttente: 3,
    });
  });
});
