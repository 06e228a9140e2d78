import { Tableau } from "@sigma/ui-kit/components/tableau";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { COLONNES, type ActionOuverture } from "../components/actions-a-ouvrir";

const hsta: ActionOuverture = {
  id: "2",
  numero: "23C00390257_1",
  intitule: "Lot 39 - HSTA",
  numeroContrat: "23C0390257",
  anneeProgrammation: 2023,
  statut: "AO",
  dateDebutPrevue: "2023-01-02",
  dateFinPrevue: "2024-06-30",
};

describe("Ouverture — actions en attente d'ouverture", () => {
  const html = renderToString(
    <MemoryRouter>
      <Tableau titre="Actions en attente d'ouverture" colonnes={COLONNES} lignes={[hsta]} cleLigne={(a) => a.id} />
    </MemoryRouter>,
  );

  it("has seed 003's columns", () => {
    const titres = [...html.matchAll(/<span class="sigma-entete-colonne">([^<]+)/g)].map((m) => m[1]);
    expect(titres).toEqual(["N Contrat/Conv.", "N° Action", "Intitulé de l&#x27;action", "Statut", "Année", "Date de début prévue", "Date de fin prévue", "Gestion"]);
  });

  it("shows the action with dates as dd/mm/yyyy and a link to open it", () => {
    expect(html).toContain("02/01/2023");
    expect(html).toContain("30/06/2024");
    expect(html).toContain('title="En attente d&#x27;ouverture"');
    expect(html).toMatch(/<a [^>]*href="\/ouverture\/23C00390257_1"[^>]*>Ouvrir l&#x27;action<\/a>/);
  });
});
