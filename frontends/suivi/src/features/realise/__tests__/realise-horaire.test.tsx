import { renderToString } from "react-dom/server";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { moisParDefaut } from "../components/realise-horaire";
import { makeFragmentData } from "../../../gql";
import { recapFragment, TableauRealise } from "../components/tableau-realise";

const ligne = (id: string, nom: string, prenom: string, c: string, e: string, extra: Record<string, unknown> = {}) => ({
  stagiaire: { id, nom, prenom, dateNaissance: "1980-05-15", codeInsee: "14118", dateEntree: "2007-02-06", dateSortie: null, finFormation: null, libelleMotifSortie: null, ...extra },
  heuresCentre: c,
  heuresEntreprise: e,
  cumulHeuresCentre: c,
  cumulHeuresEntreprise: e,
  cumulTotalHeures: (Number(c) + Number(e)).toFixed(2),
});

/** Seed 001 § 3.5's recap of January 2007: 65 hc + 74 he = 139. */
const declaration = {
  __typename: "DeclarationMensuelle" as const,
  mois: "2007-01",
  libelle: "Janvier 2007",
  etat: "A_CONFIRMER" as const,
  saisieOuverte: true,
  heuresCentre: "65.00",
  heuresEntreprise: "74.00",
  totalHeures: "139.00",
  lignes: [
    ligne("1", "Franco", "Roberto", "10.00", "33.00"),
    ligne("2", "KOURNIKOVA", "Anna", "43.00", "18.00"),
    ligne("3", "BORG", "Bjon", "12.00", "23.00", { dateSortie: "2007-06-13", finFormation: false, libelleMotifSortie: "Motifs personnels (santé, mutation, déménagement...)" }),
    ligne("4", "NADAL", "Rafael", "0.00", "0.00"),
  ],
};

/** The recap as the shell mounts the section: at `section`, the remote's own routes below it. */
const rendu = (section: string) =>
  renderToString(
    <MemoryRouter initialEntries={[section]}>
      <Routes>
        <Route
          path={`${section}/*`}
          element={
            <Routes>
              <Route index element={<TableauRealise declaration={makeFragmentData(declaration, recapFragment)} actionId="9" numero="TEST_1" fse={false} />} />
            </Routes>
          }
        />
      </Routes>
    </MemoryRouter>,
  );

describe("Suivi — seed 001 § 3.5 « Réalisé horaire de l'action »", () => {
  const html = rendu("/suivi");

  it("has the seed's columns under Stagiaire / Formation / month / Total", () => {
    const entetes = [...html.matchAll(/<th scope="col">([^<]+)/g)].map((m) => m[1]);
    expect(entetes).toEqual([
      "Saisie horaire", "Nom", "Prénom", "Date de naissance", "Code Insee", "FSE", "Date d&#x27;entrée", "Date de sortie", "Validation", "Sortie anticipée",
      "Heures centres", "Heures entreprises", "Heures centre", "Heures entreprise", "Total heures",
    ]);
    expect(html).toContain('<th scope="colgroup" colSpan="2">Janvier 2007</th>');
  });

  it("shows each trainee's month, the early exit's reason, the totals as « 65,00 hc », and the link to « Saisie horaire »", () => {
    expect(html).toContain("FRANCO");
    expect(html).toContain("43,00 hc");
    expect(html).toContain("18,00 he");
    expect(html).toContain("Motifs personnels (santé, mutation, déménagement...)");
    expect(html).toContain("13/06/2007");
    expect(html).toMatch(/Total détaillé :<\/th><td class="sigma-nowrap">65,00 hc<\/td><td class="sigma-nowrap">74,00 he<\/td>/);
    expect(html).toMatch(/Total :<\/th><td colSpan="2" class="sigma-nowrap">139,00 h<\/td>/);
    expect(html).toMatch(/href="\/suivi\/9\/2007-01\/2"[^>]*>Saisie horaire/);
  });

  it("links « Saisie horaire » below wherever the shell mounts the section", () => {
    expect(rendu("/realisations")).toMatch(/href="\/realisations\/9\/2007-01\/2"[^>]*>Saisie horaire/);
  });

  it("opens on the oldest month not confirmed", () => {
    expect(moisParDefaut([{ mois: "2007-01", libelle: "", etat: "CONFIRMEE" }, { mois: "2007-02", libelle: "", etat: "A_CONFIRMER" }, { mois: "2007-03", libelle: "", etat: "EN_COURS" }])).toBe("2007-02");
    expect(moisParDefaut([{ mois: "2007-01", libelle: "", etat: "CONFIRMEE" }])).toBe("2007-01");
    expect(moisParDefaut([])).toBeNull();
  });
});
