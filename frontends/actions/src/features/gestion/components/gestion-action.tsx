import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useQuery } from "@apollo/client/react";
import { Onglets } from "@sigma/ui-kit/components/onglets";
import { Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { Link, useLocation, useParams, useSearchParams } from "react-router";
import { graphql } from "../../../gql";
import { SuiviDemandes } from "../../demandes/components/suivi-demandes";
import { Identification } from "./identification";
import { InfosPedagogiques } from "./infos-pedagogiques";

export const gestionActionQuery = graphql(/* GraphQL */ `
  query GestionAction($numero: String!) {
    moi {
      id
      role
    }
    action(numero: $numero) {
      id
      numero
      ...IdentificationAction
      ...InfosPedagogiquesAction
      ...SuiviDemandesAction
    }
  }
`);

/** Seed 004's « Gestion de l'action de formation »: Identification, Infos pédagogiques, Demande de modification de données. */
export function GestionAction() {
  const { numero = "" } = useParams();
  const [recherche] = useSearchParams();
  const message = (useLocation().state as { message?: string } | null)?.message;
  const { data, loading, error } = useQuery(gestionActionQuery, { variables: { numero }, fetchPolicy: SANS_CACHE });
  if (loading && !data) return <Chargement>Chargement de l'action…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const action = data?.action;
  if (!action) return <Erreur>Action introuvable : {numero}.</Erreur>;
  return (
    <section aria-labelledby="gestion-titre">
      <p className="sigma-fil">
        <Link to="/">Accueil</Link> » <Link to="/actions">Actions de formation</Link> » Gestion
      </p>
      <h2 id="gestion-titre">Gestion de l'action de formation {action.numero}</h2>
      {message ? <Confirmation>{message}</Confirmation> : null}
      <Onglets
        titre="Gestion de l'action de formation"
        initial={recherche.get("onglet") ?? "identification"}
        onglets={[
          { id: "identification", titre: "Identification", contenu: <Identification action={action} /> },
          { id: "pedagogie", titre: "Infos pédagogiques", contenu: <InfosPedagogiques action={action} /> },
          { id: "demandes", titre: "Demande de modification de données", contenu: <SuiviDemandes action={action} organisme={data.moi.role === "ORGANISME"} /> },
        ]}
      />
    </section>
  );
}
