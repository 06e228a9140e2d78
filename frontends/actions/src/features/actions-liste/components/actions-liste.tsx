import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useQuery } from "@apollo/client/react";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { graphql } from "../../../gql/gql";
import { ActionsTable } from "./actions-table";

/** One request, three subgraphs: the offer (catalogue), statut and trainees (execution), invoices (finance). */
const actionsListeQuery = graphql(/* GraphQL */ `
  query ActionsListe {
    actions {
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
`);

/** « Liste des résultats » of the actions the connected account may see. */
export function ActionsListe() {
  const { data, error, loading } = useQuery(actionsListeQuery, { fetchPolicy: SANS_CACHE });
  if (loading && !data) return <Chargement>Chargement des actions de formation…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  return <ActionsTable actions={data?.actions ?? []} />;
}
