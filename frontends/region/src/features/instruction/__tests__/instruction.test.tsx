import { Tableau } from "@sigma/ui-kit/components/tableau";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COLONNES_DEMANDES } from "../components/instruction";

describe("Espace Région", () => {
  it("has the modification requests' columns of seeds 003 and 004, data to come", () => {
    const html = renderToString(<Tableau titre="Demandes" colonnes={COLONNES_DEMANDES} lignes={null} cleLigne={() => ""} />);
    const titres = [...html.matchAll(/<span class="sigma-entete-colonne">([^<]+)/g)].map((m) => m[1]);
    expect(titres).toEqual(["Type de la modification", "Nom/Statut de l&#x27;émetteur", "Prestataire", "Date d&#x27;émission", "Etat / Historique", "Observations", "Avenant", "Gestion"]);
    expect(html).toContain("Données disponibles prochainement");
  });
});
