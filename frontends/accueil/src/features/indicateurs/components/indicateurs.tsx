import { useQuery } from "@apollo/client/react";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { filtreDepuisUrl, filtreVersUrl } from "@sigma/ui-kit/tableau-de-bord/filtres";
import { VueIndicateurs, type Vue } from "@sigma/ui-kit/tableau-de-bord/vue-indicateurs";
import { useSearchParams } from "react-router";
import { graphql } from "../../../gql/gql";

const roleQuery = graphql(/* GraphQL */ `
  query IndicateursRole {
    moi {
      id
      role
    }
  }
`);

/** The organisme's own figures (the graph forces its organisme: nothing of another OF can come back). */
const indicateursOrganismeQuery = graphql(/* GraphQL */ `
  query IndicateursOrganisme($filtre: FiltreIndicateurs!) {
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

/** « Mes indicateurs » on an organisme's home page: the Région's dashboard components, on its own figures. */
export default function IndicateursOrganisme() {
  const role = useQuery(roleQuery);
  const organisme = role.data?.moi.role === "ORGANISME";
  const [params, setParams] = useSearchParams();
  const filtre = filtreDepuisUrl(params);
  const vue: Vue = params.get("vue") === "actions" ? "actions" : "synthese";
  const { data, loading, error } = useQuery(indicateursOrganismeQuery, { variables: { filtre }, skip: !organisme });
  if (!organisme) return null;
  return (
    <section aria-labelledby="titre-indicateurs">
      <h2 id="titre-indicateurs">Mes indicateurs</h2>
      {error ? <Erreur error={error} /> : null}
      {loading && !data ? <Chargement>Chargement des indicateurs…</Chargement> : null}
      {data ? (
        <VueIndicateurs
          key={params.toString()}
          donnees={data.indicateurs}
          filtre={filtre}
          vue={vue}
          filtreOrganisme={false}
          prefixeFichier="mes-indicateurs"
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
