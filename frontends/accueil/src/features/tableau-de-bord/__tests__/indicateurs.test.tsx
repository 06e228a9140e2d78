import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { IndicateursDeSuivi, MesActions } from "../components/tableau-de-bord";

const indicateurs = { __typename: "TableauDeBord" as const, actionsEnAttenteOuverture: 14, actionsEnCours: 42, actionsEnRetardFermeture: 0, inscriptionsEnAttente: 7, declarationsEnAttente: 118 };

/** The labels and value of each « li » of a panel, in order. */
const lignes = (html: string) => [...html.matchAll(/<li><span>(?:<a [^>]*>)?([^<]+)(?:<\/a>)?<\/span><span class="([^"]+)">(\d+)</g)].map((m) => [m[1], m[3], m[2]]);

describe("Accueil — seed 003's two panels", () => {
  it("shows MES ACTIONS with the graph's counters and links to act on them", () => {
    const html = renderToString(
      <MemoryRouter>
        <MesActions indicateurs={indicateurs} role="ORGANISME" />
      </MemoryRouter>,
    );
    expect(lignes(html)).toEqual([
      ["Actions en attente d&#x27;ouverture", "14", "sigma-valeur"],
      ["Actions en cours", "42", "sigma-valeur"],
      ["Actions en retard de fermeture", "0", "sigma-valeur"],
    ]);
    expect(html).toContain('href="/ouverture"');
    expect(html).toContain("Voir toutes mes actions");
  });

  it("shows INDICATEURS DE SUIVI, in alert when something waits", () => {
    const html = renderToString(
      <MemoryRouter>
        <IndicateursDeSuivi indicateurs={indicateurs} organisme />
      </MemoryRouter>,
    );
    expect(lignes(html)).toEqual([
      ["Inscriptions en attente", "7", "sigma-valeur sigma-valeur--alerte"],
      ["Déclarations de réalisations en attente", "118", "sigma-valeur sigma-valeur--alerte"],
    ]);
    expect(html).toContain('href="/suivi"');
  });
});
