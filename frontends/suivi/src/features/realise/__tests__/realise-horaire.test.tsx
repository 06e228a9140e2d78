import { Tableau } from "@sigma/ui-kit/components/tableau";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COLONNES_REALISE } from "../components/realise-horaire";

describe("Suivi des réalisations", () => {
  it("has the columns of seed 001's « Réalisé horaire de l'action » and no invented row", () => {
    const html = renderToString(<Tableau titre="Réalisé horaire" colonnes={COLONNES_REALISE} lignes={null} cleLigne={() => ""} />);
    const titres = [...html.matchAll(/<span class="sigma-entete-colonne">([^<]+)/g)].map((m) => m[1]);
    expect(titres.slice(0, 8)).toEqual(["Saisie horaire", "Nom", "Prénom", "Date de naissance", "Code Insee", "FSE", "Date d&#x27;entrée", "Date de sortie"]);
    expect(titres).toContain("Total heures");
    expect(html).toContain("Données disponibles prochainement");
    expect(html).not.toContain('role="gridcell"');
  });
});
