import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { Tableau } from "@sigma/ui-kit/components/tableau";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { colonnesBilans, resumeEnquete } from "../components/bilans";
import { ouvertureEnquete, verifierCloture, verifierEnquete } from "../lib/regles";

describe("Fermeture — bilans", () => {
  it("has the columns of seed 001 § 3.7.2 and shows each trainee's surveys, dates as dd/mm/yyyy", () => {
    const stagiaires = [
      { id: "1", nom: "FRANCO", prenom: "ROBERTO", dateEntree: "2022-09-01", dateSortie: "2023-02-28", finFormation: true, libelleMotifSortie: null, enquetes: [{ id: "e", moment: "SORTIE" as const, situation: "EMPLOI_SECTEUR" as const, contrat: "CDI" as const }] },
      { id: "2", nom: "BORG", prenom: "BJON", dateEntree: "2022-09-01", dateSortie: null, finFormation: null, libelleMotifSortie: null, enquetes: [] },
    ];
    const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
    const html = renderToString(
      <ApolloProvider client={client}>
        <Tableau titre="Bilans" colonnes={colonnesBilans(() => {})} lignes={stagiaires} cleLigne={(s) => s.id} />
      </ApolloProvider>,
    );
    const titres = [...html.matchAll(/<span class="sigma-entete-colonne">([^<]+)/g)].map((m) => m[1]);
    expect(titres).toEqual(["Nom", "Prénom", "Date de début", "Date de fin", "Enquête à la sortie", "Enquête après 6 mois", "Enquête après 1 an"]);
    expect(html).toContain("01/09/2022");
    expect(html).toContain("28/02/2023");
    expect(html).toContain("Emplois dans le secteur d&#x27;activité de la formation suivie — CDI");
    expect(html).toContain("En formation");
    expect(html).toMatch(/aria-label="Modifier : enquête à la sortie de FRANCO ROBERTO"/);
  });

  it("says what a survey is", () => {
    expect(resumeEnquete(undefined)).toBe("Non renseignée");
    expect(resumeEnquete({ id: "x", moment: "UN_AN", situation: "AUTRE_SITUATION", contrat: null })).toBe("Autre situation");
  });
});

describe("Fermeture — the checks execution makes, with its messages", () => {
  it("opens the 6-month and 1-year surveys at their date (end of month clamped)", () => {
    expect(ouvertureEnquete("2023-02-28", "SORTIE")).toBe("2023-02-28");
    expect(ouvertureEnquete("2022-08-31", "SIX_MOIS")).toBe("2023-02-28");
    expect(ouvertureEnquete("2023-02-28", "UN_AN")).toBe("2024-02-28");
  });

  it("refuses a survey like the server", () => {
    expect(verifierEnquete(null, "SORTIE", "AUTRE_SITUATION", null, "2023-03-10")).toBe("La fiche de suivi se remplit une fois le stagiaire sorti de formation.");
    expect(verifierEnquete("2023-02-28", "SIX_MOIS", "AUTRE_SITUATION", null, "2023-03-10")).toBe("L'enquête à 6 mois se remplit à partir du 28/08/2023.");
    expect(verifierEnquete("2023-02-28", "SORTIE", "EMPLOI_SECTEUR", null, "2023-03-10")).toBe("Précisez le contrat de l'emploi occupé.");
    expect(verifierEnquete("2023-02-28", "SORTIE", "AUTRE_SITUATION", "CDI", "2023-03-10")).toBe("Une « autre situation » n'a pas de contrat de travail.");
    expect(verifierEnquete("2023-02-28", "SORTIE", null, null, "2023-03-10")).toBe("Indiquez la situation du stagiaire.");
    expect(verifierEnquete("2023-02-28", "SORTIE", "EMPLOI_AUTRE_SECTEUR", "INTERIM", "2023-03-10")).toBeNull();
  });

  it("refuses a closing like the server", () => {
    const stagiaires = [
      { nom: "FRANCO", prenom: "ROBERTO", dateSortie: "2023-02-28" },
      { nom: "BORG", prenom: "BJON", dateSortie: null },
    ];
    expect(verifierCloture(stagiaires, "2022-09-01", "2023-02-28", "2023-03-10")).toBe(
      "Tous les stagiaires doivent être sortis de formation avant la clôture (ou supprimés s'ils ne sont jamais entrés) : BJON BORG sans date de sortie.",
    );
    const sortis = [stagiaires[0]!, { ...stagiaires[1]!, dateSortie: "2023-02-20" }];
    expect(verifierCloture(sortis, "2022-09-01", null, "2023-03-10")).toBe("Indiquez la date de fermeture de l'action.");
    expect(verifierCloture(sortis, "2022-09-01", "2023-02-27", "2023-03-10")).toBe(
      "La date de fin réelle (27/02/2023) précède la sortie du dernier stagiaire ou le début de l'action (28/02/2023).",
    );
    expect(verifierCloture(sortis, "2022-09-01", "2023-03-11", "2023-03-10")).toBe("La date de fin réelle (11/03/2023) ne peut être postérieure à aujourd'hui (10/03/2023).");
    expect(verifierCloture(sortis, "2022-09-01", "2023-02-28", "2023-03-10")).toBeNull();
  });
});
