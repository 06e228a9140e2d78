import { Tableau } from "@sigma/ui-kit/components/tableau";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { colonnesStagiaires } from "../components/liste-stagiaires";

const stagiaires = [
  { __typename: "Stagiaire" as const, id: "1", nom: "Nadal", prenom: "Rafael", dateEntree: "2007-02-12", dateSortie: null, complet: true, champsManquants: [] },
  { __typename: "Stagiaire" as const, id: "2", nom: "BORG", prenom: "Bjon", dateEntree: "2007-01-11", dateSortie: "2007-06-13", complet: false, champsManquants: ["Prescripteur"] },
];

describe("Inscription — seed 001 § 3.2 « Liste des stagiaires »", () => {
  const html = renderToString(
    <MemoryRouter>
      <Tableau titre="Stagiaires" colonnes={colonnesStagiaires("7")} lignes={stagiaires} cleLigne={(s) => s.id} tri={{ colonne: "nom", sens: "ascending" }} />
    </MemoryRouter>,
  );

  it("has the seed's columns, then the record's state and its actions", () => {
    const titres = [...html.matchAll(/<span class="sigma-entete-colonne">([^<]+)/g)].map((m) => m[1]);
    expect(titres).toEqual(["Nom", "Prénom", "Date de début", "Date de fin", "Fiche", "Gestion"]);
  });

  it("sorts by name, shows dates as dd/mm/yyyy, a partial record and the link to its form", () => {
    expect(html.indexOf("BORG")).toBeLessThan(html.indexOf("NADAL"));
    expect(html).toContain("11/01/2007");
    expect(html).toContain("13/06/2007");
    expect(html).toContain('title="À compléter : Prescripteur"');
    expect(html).toMatch(/href="\/inscription\/action\/7\/stagiaire\/1"/);
  });
});
