import { Tableau } from "@sigma/ui-kit/components/tableau";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COLONNES_BILANS } from "../components/fermeture";

describe("Fermeture", () => {
  it("has the bilans' columns of seed 001 § 3.7.2, data to come", () => {
    const html = renderToString(<Tableau titre="Bilans" colonnes={COLONNES_BILANS} lignes={null} cleLigne={() => ""} />);
    const titres = [...html.matchAll(/<span class="sigma-entete-colonne">([^<]+)/g)].map((m) => m[1]);
    expect(titres).toEqual(["Nom", "Prénom", "Date de début", "Date de fin", "Enquête à la sortie", "Enquête après 6 mois", "Enquête après 1 an", "Gestion"]);
    expect(html).toContain("Données disponibles prochainement");
  });
});
