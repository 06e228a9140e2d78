import { Tableau } from "@sigma/ui-kit/components/tableau";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COLONNES_STAGIAIRES, DeclarationEntree } from "../components/liste-stagiaires";

describe("Inscription", () => {
  it("lists trainees as NOM, Prénom, date d'entrée dd/mm/yyyy", () => {
    const html = renderToString(
      <Tableau
        titre="Stagiaires"
        colonnes={COLONNES_STAGIAIRES}
        lignes={[{ id: "1", nom: "Kournikova", prenom: "Anna", dateEntree: "2007-02-06" }]}
        cleLigne={(s) => s.id}
      />,
    );
    expect(html).toContain(">KOURNIKOVA</td>");
    expect(html).toContain(">Anna</td>");
    expect(html).toContain(">06/02/2007</td>");
  });

  it("shows the trainee form's tabs of seed 001 § 3.2 and the CSV import, data to come", () => {
    const html = renderToString(<DeclarationEntree />);
    const onglets = [...html.matchAll(/role="tab"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(onglets).toEqual(["Identité générale", "Définition de parcours", "Import CSV"]);
    expect(html).toContain("Données disponibles prochainement");
  });
});
