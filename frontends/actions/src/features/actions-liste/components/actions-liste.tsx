import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useQuery } from "@apollo/client/react";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { graphql } from "../../../gql/gql";
import { usePageServeur } from "@sigma/ui-kit/lib/pagination";
import type { CleTriAction } from "../../../gql/graphql";
import { ActionsTable, COLONNES } from "./actions-table";

/** One request, three subgraphs: the offer (catalogue), statut and trainees (execution), invoices (finance). */
const actionsListeQuery = graphql(/* GraphQL */ `
  query ActionsListe($page: Int, $parPage: Int, $tri: TriActions) {
    listeActions(page: $page, parPage: $parPage, tri: $tri) {
      total
      page
      parPage
      nodes {
      id
      numero
      intitule
      numeroContrat
      anneeProgrammation
      dateDebutPrevue
      dateFinPrevue
      organisme {
        id
        code
        raisonSociale
      }
      statut
      stagiaires {
        id
        nom
        prenom
      }
      factures {
        id
        numero
        periode
        montantHT
        montantTTC
        statut
      }
      }
    }
  }
`);

/** « Liste des résultats » of the actions the connected account may see, one page at a time, sorted by the server. */
export function ActionsListe() {
  const liste = usePageServeur<CleTriAction>(COLONNES, { colonne: "annee", sens: "descending" });
  const { data, previousData, error, loading } = useQuery(actionsListeQuery, { fetchPolicy: SANS_CACHE, variables: liste.variables });
  const page = (data ?? previousData)?.listeActions;
  if (!page && loading) return <Chargement>Chargement des actions de formation…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  if (!page) return null;
  return (
    <ActionsTable
      actions={page.nodes}
      serveur={{ total: page.total, page: page.page, parPage: page.parPage, tri: liste.tri, onPage: liste.setPage, onTri: liste.setTri, chargement: loading }}
    />
  );
}
