import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { ActionsListeQuery } from "../../../gql/graphql";
import { ActionsTable } from "../components/actions-table";

const actions: ActionsListeQuery["listeActions"]["nodes"] = [
  {
    id: "1",
    numero: "23P0000000_TEST_1",
    intitule: "LOT TEST FORFAIT PARCOURS 2023",
    numeroContrat: "23P0000000",
    anneeProgrammation: 2023,
    dateDebutPrevue: "2022-09-01",
    dateFinPrevue: "2024-06-30",
    organisme: { id: "o1", code: "OR5159", raisonSociale: "ORGANISME TEST PRF 23" },
    statut: "EC",
    stagiaires: [
      { id: "s1", nom: "Franco", prenom: "Francesca" },
      { id: "s2", nom: "NADAL", prenom: "Rafael" },
    ],
    factures: [
      { id: "f1", numero: "F-1", periode: "Septembre 2022 - Novembre 2022", montantHT: "3175.00", montantTTC: "3175.00", statut: "EMISE" },
    ],
  },
];

describe("ActionsTable", () => {
  const html = renderToString(<MemoryRouter><ActionsTable actions={actions} /></MemoryRouter>);

  it("has the seeds' column headers", () => {
    for (const header of ["N° Contrat", "N° Action", "Intitulé de l&#x27;action", "Statut", "Année", "Date de début prévue", "Date de fin prévue", "Stagiaires", "Factures"]) {
      expect(html).toMatch(new RegExp(`role="columnheader"[^>]*><span class="sigma-entete-colonne">${header}<`));
    }
  });

  it("shows the action with dates as dd/mm/yyyy, trainees as NOM Prénom and amounts in euros", () => {
    expect(html).toContain("23P0000000_TEST_1");
    expect(html).toContain("LOT TEST FORFAIT PARCOURS 2023");
    expect(html).toContain("01/09/2022");
    expect(html).toContain("30/06/2024");
    expect(html).toContain("FRANCO Francesca");
    expect(html).toContain("NADAL Rafael");
    expect(html).toContain("3 175,00 €");
    expect(html).toContain('title="En cours"');
    expect(html).toMatch(/<a [^>]*href="\/actions\/23P0000000_TEST_1"[^>]*>Gérer l&#x27;action<\/a>/);
  });

  it("shows « — » for what a stopped subgraph could not give, and catalogue's columns as usual", () => {
    const partielle = renderToString(<MemoryRouter><ActionsTable actions={[{ ...actions[0]!, statut: null, stagiaires: null, factures: null }]} /></MemoryRouter>);
    expect(partielle).toContain("23P0000000_TEST_1");
    expect(partielle).toContain("01/09/2022");
    expect(partielle.match(/>—</g)).toHaveLength(3);
    expect(partielle).not.toContain("FRANCO Francesca");
    expect(partielle).not.toContain("Aucun");
  });

  it("says when there is nothing to show", () => {
    expect(renderToString(<MemoryRouter><ActionsTable actions={[]} /></MemoryRouter>)).toContain("Aucune action de formation.");
  });
});
