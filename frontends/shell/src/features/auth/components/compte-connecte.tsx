import { useApolloClient, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql/gql";
import { setJeton } from "../lib/session";

const moiQuery = graphql(/* GraphQL */ `
  query Moi {
    moi {
      id
      identifiant
      organisme {
        id
        raisonSociale
      }
    }
  }
`);

/** « Bonjour OR5159 » and the way out, in the header. */
export function CompteConnecte() {
  const client = useApolloClient();
  const { data } = useQuery(moiQuery);

  function deconnecter() {
    setJeton(null);
    // Nothing of this account may stay in memory for the next one.
    void client.clearStore();
  }

  return (
    <div className="sigma-compte">
      {data ? (
        <span>
          Bonjour <strong>{data.moi.identifiant}</strong>
          {data.moi.organisme ? ` — ${data.moi.organisme.raisonSociale}` : ""}
        </span>
      ) : null}
      <button type="button" onClick={deconnecter}>
        Se déconnecter
      </button>
    </div>
  );
}
