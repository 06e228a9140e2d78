import { useQuery } from "@apollo/client/react";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { filtreDepuisUrl, filtreVersUrl } from "@sigma/ui-kit/tableau-de-bord/filtres";
import { VueIndicateurs, type Vue } from "@sigma/ui-kit/tableau-de-bord/vue-indicateurs";
import { useSearchParams } from "react-router";
import { graphql } from "../../../gql/gql";

/** The Région's dashboard query: the three domains' figures of one perimeter, in one request (issue 8). */
const tableauDeBordRegionQuery = graphql(/* GraphQL */ `
  query TableauDeBordRegion($filtre: FiltreIndicateurs!) {
    indicateurs(filtre: $filtre) {
      cle
      offre {
        actions effectifPrevu sessions placesOffertes informationsCollectivesTenues
        sessionsParEtat { etat nombre places }
        informationsCollectivesParEtat { etat nombre places }
      }
      repartitionOffre(axe: DISPOSITIF) { cle actions sessions placesOffertes }
      actionsParStatut { statut nombre }
      stagiaires { entres presents sortis sortiesParMotif { motif libelle nombre } }
      heures { realisees contractualisees tauxRealisation }
      heuresParMois { mois realisees realiseesCentre realiseesEntreprise }
      realisationParAction(premier: 500) { action { id numero intitule } heuresRealisees heuresContractualisees tauxRealisation statut }
      suivi { declarationsEnAttente declarationsEnRetard actionsEnRetardFermeture }
      enquetes { moment situation contrat nombre }
      finances {
        facture valide rejete paye avancesEmises avancesRecuperees avancesRestantes
        facturesPayees delaiMoyenPaiementJours facturesEnAttenteRegion montantEnAttenteRegion
      }
      financesParMois { mois facture valide rejete paye }
    }
  }
`);

/** « Tableau de bord » of the Espace Région: every organisme, filters in the URL (a view is shared by its link). */
export default function TableauDeBordRegion() {
  const [params, setParams] = useSearchParams();
  const filtre = filtreDepuisUrl(params);
  const vue: Vue = params.get("vue") === "actions" ? "actions" : "synthese";
  const { data, loading, error } = useQuery(tableauDeBordRegionQuery, { variables: { filtre } });
  return (
    <section aria-labelledby="titre-tableau-de-bord">
      <h2 id="titre-tableau-de-bord">Tableau de bord de la Région</h2>
      {error ? <Erreur error={error} /> : null}
      {loading && !data ? <Chargement>Chargement des indicateurs…</Chargement> : null}
      {data ? (
        <VueIndicateurs
          key={params.toString()}
          donnees={data.indicateurs}
          filtre={filtre}
          vue={vue}
          filtreOrganisme
          prefixeFichier="indicateurs-region"
          onFiltre={(suivant, vueSuivante) => {
            const url = filtreVersUrl(suivant, params);
            url.set("vue", vueSuivante ?? vue);
            setParams(url);
          }}
        />
      ) : null}
    </section>
  );
}
