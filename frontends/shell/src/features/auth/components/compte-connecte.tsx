import { useApolloClient } from "@apollo/client/react";
import { Link, useNavigate } from "react-router";
import type { MoiQuery } from "../../../gql/graphql";
import { setJeton } from "../lib/session";

/**
 * Who is connected, in the header: the organisme's raison sociale for an OF (seed 001 § 2.2), the
 * identifiant otherwise; « Modifier votre compte » and the way out, which forgets everything of
 * this account and goes back to « Identification ».
 */
export function CompteConnecte({ moi }: { moi: MoiQuery["moi"] | undefined }) {
  const client = useApolloClient();
  const navigate = useNavigate();

  function deconnecter() {
    setJeton(null);
    // Nothing of this account may stay in memory for the next one.
    void client.clearStore();
    void navigate("/");
  }

  return (
    <div className="sigma-compte">
      {moi ? (
        <p className="sigma-compte__qui">
          <span>
            Bonjour <span className="sigma-nowrap">{moi.identifiant}</span>
          </span>
          <strong>{moi.organisme ? moi.organisme.raisonSociale : LIBELLE_ROLE[moi.role]}</strong>
        </p>
      ) : null}
      <Link to="/compte">Modifier votre compte</Link>
      <button type="button" className="sigma-bouton--secondaire" onClick={deconnecter}>
        Se déconnecter
      </button>
    </div>
  );
}

const LIBELLE_ROLE: Record<MoiQuery["moi"]["role"], string> = {
  ORGANISME: "Organisme de formation",
  REGION: "Région — instruction et gestion",
  CARIF: "CARIF-OREF — offre de formation",
  SERVICE: "Compte technique",
};
