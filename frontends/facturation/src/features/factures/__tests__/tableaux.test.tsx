import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { Tableau } from "@sigma/ui-kit/components/tableau";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { colonnesCre, formatTaux, libellePrestation } from "../components/cre";
import { colonnesSuiviFactures, statutFacture, type FactureSuivie } from "../components/suivi-factures";

const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
const titres = (html: string) => [...html.matchAll(/<span class="sigma-entete-colonne">([^<]+)/g)].map((m) => m[1]);

describe("the CRE table of seed 000", () => {
  const lignes = [
    { prestation: "FP", libelle: "Forfait parcours Projet Pro", unite: "fp", contractualise: "120.00", prescrit: "3.00", realise: "1.00", facture: "1.00", periodeCourante: "0.00", disponibles: "117.00" },
    { prestation: "HC", libelle: "Heure stagiaire centre", unite: "hc", contractualise: "37200.00", prescrit: null, realise: "270.00", facture: "0.00", periodeCourante: "0.00", disponibles: null },
  ];

  it("names the rows as seed 000 and shows quantities with their unit", () => {
    expect(libellePrestation(lignes[0]!)).toBe("Forfait parcours Projet Pro (117 fp disponibles)");
    const html = renderToString(<Tableau titre="CRE" colonnes={colonnesCre("2022-12")} lignes={lignes} cleLigne={(l) => l.prestation} />);
    expect(titres(html)).toEqual(["Prestations", "Contractualisé", "Prescrit", "Réalisé", "Facturé", "Décembre 2022"]);
    expect(html).toContain("37 200,00 hc");
    expect(html).toContain("120,00 fp");
    expect(html).toContain("270,00 hc");
    expect(formatTaux(1234)).toBe("12,34 %");
  });
});

describe("« Suivi des factures » of seed 000", () => {
  const facture: FactureSuivie = {
    id: "1",
    numero: "23P0000000_TEST_1-CRE-1",
    type: "ACOMPTE",
    support: "CRE intermédiaire",
    periode: "Septembre 2022 - Novembre 2022",
    statut: "EMISE",
    dateEmission: "2023-01-11",
    montantHT: "3175.00",
    montantTTC: "3175.00",
    montantAPayer: "3175.00",
    resteAPayer: "3175.00",
    motifRejet: null,
    dateDecision: null,
    nomFichierAttendu: "X.pdf",
    verrouillee: false,
    fichierSigne: null,
    paiements: [],
    organismeCode: "OR5159",
  };

  it("has seed 000's columns, amounts as « 3 175,00 € », the emission date dd/mm/yyyy and « Ajouter »", () => {
    const html = renderToString(
      <ApolloProvider client={client}>
        <Tableau titre="Suivi" colonnes={colonnesSuiviFactures(() => {})} lignes={[facture]} cleLigne={(f) => f.id} />
      </ApolloProvider>,
    );
    expect(titres(html)).toEqual([
      "Période",
      "Support",
      "Date d&#x27;émission",
      "Organisme / Statut / Editions",
      "Montant facturé en € HT",
      "Montant facturé en € TTC",
      "Montant à payer en € TTC",
      "Facture signée",
      "Date de réception",
      "Statut",
    ]);
    expect(html).toContain("3 175,00 €");
    expect(html).toContain("11/01/2023");
    expect(html).toContain("OR5159 / Titulaire / ");
    expect(html).toContain(">Ajouter<");
  });

  it("shows a rejection with its motif", () => {
    expect(statutFacture({ statut: "REJETEE", motifRejet: "Pièce non signée" })).toBe("Rejetée par la Région : Pièce non signée");
    expect(statutFacture({ statut: "SIGNEE_DEPOSEE", motifRejet: null })).toBe("Signée déposée");
  });
});
