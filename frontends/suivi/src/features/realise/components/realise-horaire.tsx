import { useQuery } from "@apollo/client/react";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { graphql } from "../../../gql/gql";

const suiviActionsQuery = graphql(/* GraphQL */ `
  query SuiviActions {
    actions {
      id
      numero
      intitule
      statut
    }
  }
`);

/** Seed 001 § 3.5 « Tableau récapitulatif du réalisé horaire de l'action »: its columns, no row yet. */
export const COLONNES_REALISE: readonly Colonne<never>[] = [
  "Saisie horaire",
  "Nom",
  "Prénom",
  "Date de naissance",
  "Code Insee",
  "FSE",
  "Date d'entrée",
  "Date de sortie",
  "Validation",
  "Sortie anticipée",
  "Heures centre (mois)",
  "Heures entreprise (mois)",
  "Heures centre (total)",
  "Heures entreprise (total)",
  "Total heures",
].map((titre, i) => ({ id: `c${i}`, titre }));

/** The running actions, each with its monthly recap (hours belong to the execution domain, not in the graph yet). */
export function RealiseHoraire() {
  const { data, loading, error } = useQuery(suiviActionsQuery);
  if (loading && !data) return <Chargement>Chargement des actions en cours…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const enCours = (data?.actions ?? []).filter((a) => a.statut === "EC");
  return (
    <section aria-labelledby="suivi-realise">
      <h2 id="suivi-realise">Réalisé horaire de l'action</h2>
      {enCours.length === 0 ? <p className="sigma-vide">Aucune action en cours.</p> : null}
      {enCours.map((action) => (
        <div key={action.id} className="sigma-bloc-action">
          <h3>
            {action.numero} — {action.intitule}
          </h3>
          <Tableau
            titre={`Réalisé horaire de l'action ${action.numero}`}
            colonnes={COLONNES_REALISE}
            lignes={null}
            cleLigne={() => ""}
            prochainement="Les heures réalisées, non réalisées justifiées et non justifiées de chaque stagiaire, la saisie horaire avec les absences et la confirmation du mois."
          />
        </div>
      ))}
    </section>
  );
}
