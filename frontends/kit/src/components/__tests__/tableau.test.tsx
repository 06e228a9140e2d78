import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Tableau, type Colonne } from "../tableau";

interface Ligne {
  id: string;
  nom: string;
  entree: string;
}

const colonnes: readonly Colonne<Ligne>[] = [
  { id: "nom", titre: "Nom", rendu: (l) => l.nom, cle: (l) => l.nom, enTeteDeLigne: true },
  { id: "entree", titre: "Date d'entrée", rendu: (l) => l.entree },
  { id: "gestion", titre: "Gestion" },
];

const html = (lignes: readonly Ligne[] | null, parPage?: number) =>
  renderToString(<Tableau titre="Stagiaires" colonnes={colonnes} lignes={lignes} cleLigne={(l) => l.id} vide="Aucun stagiaire." prochainement="Les heures." parPage={parPage} />);

describe("Tableau", () => {
  it("renders an accessible grid with the given headers and rows, sorted by the initial sort", () => {
    const page = renderToString(
      <Tableau
        titre="Stagiaires"
        colonnes={colonnes}
        lignes={[
          { id: "1", nom: "NADAL", entree: "12/02/2007" },
          { id: "2", nom: "BORG", entree: "11/01/2007" },
        ]}
        cleLigne={(l) => l.id}
        tri={{ colonne: "nom", sens: "ascending" }}
      />,
    );
    expect(page).toContain('aria-label="Stagiaires"');
    expect(page).toContain("Nombre de résultats : 2");
    for (const titre of ["Nom", "Date d&#x27;entrée", "Gestion"]) expect(page).toMatch(new RegExp(`role="columnheader"[^>]*>.*?${titre}`));
    expect(page.indexOf("BORG")).toBeLessThan(page.indexOf("NADAL"));
    expect(page).toContain('aria-sort="ascending"');
  });

  it("says when the list is empty, and when the data is not in the graph yet", () => {
    expect(html([])).toContain("Aucun stagiaire.");
    const prochainement = html(null);
    expect(prochainement).toContain("Données disponibles prochainement");
    expect(prochainement).toContain("Les heures.");
    expect(prochainement).not.toContain("Nombre de résultats");
  });

  it("paginates long lists", () => {
    const lignes = Array.from({ length: 25 }, (_, i) => ({ id: String(i), nom: `N${String(i).padStart(2, "0")}`, entree: "" }));
    const page = html(lignes, 10);
    expect(page).toContain("N09");
    expect(page).not.toContain("N10");
    expect(page).toContain("Page 1 / 3");
  });

  it("shows a server's page as it comes: its order, the total, the page count, and only the server-sortable columns", () => {
    const serveurs = colonnes.map((c) => (c.id === "entree" ? { ...c, triServeur: "DATE_ENTREE" } : c));
    const page = renderToString(
      <Tableau
        titre="Stagiaires"
        colonnes={serveurs}
        lignes={[
          { id: "1", nom: "NADAL", entree: "12/02/2007" },
          { id: "2", nom: "BORG", entree: "11/01/2007" },
        ]}
        cleLigne={(l) => l.id}
        serveur={{ total: 45, page: 2, parPage: 20, tri: { colonne: "entree", sens: "descending" }, onPage: () => undefined, onTri: () => undefined }}
      />,
    );
    expect(page).toContain("Nombre de résultats : 45");
    expect(page).toContain("Page 2 / 3");
    // Not re-sorted here (NADAL stays first), the server's order is announced on its column.
    expect(page.indexOf("NADAL")).toBeLessThan(page.indexOf("BORG"));
    const entete = (id: string) => page.match(new RegExp(`<th[^>]*data-key="${id}"[^>]*>`))?.[0] ?? "";
    expect(entete("entree")).toContain('aria-sort="descending"');
    // « Nom » has a client key but no server key: not sortable in server mode.
    expect(entete("nom")).toContain('role="columnheader"');
    expect(entete("nom")).not.toContain("data-allows-sorting");
  });
});
