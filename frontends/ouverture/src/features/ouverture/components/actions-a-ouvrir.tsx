import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useQuery } from "@apollo/client/react";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { CODE_STATUT_ACTION, LIBELLE_STATUT_ACTION } from "@sigma/ui-kit/lib/libelles";
import { Link } from "react-router";
import { graphql } from "../../../gql/gql";
import type { OuvertureActionsQuery } from "../../../gql/graphql";

export const ouvertureActionsQuery = graphql(/* GraphQL */ `
  query OuvertureActions {
    actions {
      id
      numero
      intitule
      numeroContrat
      anneeProgrammation
      statut
      dateDebutPrevue
      dateFinPrevue
    }
  }
`);

export type ActionOuverture = OuvertureActionsQuery["actions"][number];

export const COLONNES: readonly Colonne<ActionOuverture>[] = [
  { id: "contrat", titre: "N Contrat/Conv.", rendu: (a) => a.numeroContrat, cle: (a) => a.numeroContrat },
  { id: "numero", titre: "N° Action", rendu: (a) => <span className="sigma-nowrap">{a.numero}</span>, cle: (a) => a.numero, enTeteDeLigne: true },
  { id: "intitule", titre: "Intitulé de l'action", rendu: (a) => a.intitule, cle: (a) => a.intitule },
  { id: "statut", titre: "Statut", rendu: (a) => (a.statut ? <abbr title={LIBELLE_STATUT_ACTION[a.statut]}>{CODE_STATUT_ACTION[a.statut]}</abbr> : "—") },
  { id: "annee", titre: "Année", rendu: (a) => a.anneeProgrammation, cle: (a) => a.anneeProgrammation },
  { id: "debut", titre: "Date de début prévue", rendu: (a) => formatDate(a.dateDebutPrevue), cle: (a) => a.dateDebutPrevue },
  { id: "fin", titre: "Date de fin prévue", rendu: (a) => formatDate(a.dateFinPrevue), cle: (a) => a.dateFinPrevue },
  {
    id: "gestion",
    titre: "Gestion",
    rendu: (a) => (
      <Link to={`/ouverture/${encodeURIComponent(a.numero)}`} aria-label={`Ouvrir l'action ${a.numero}`}>
        Ouvrir l'action
      </Link>
    ),
  },
];

/** Seed 003 step 1–2: the actions « en attente d'ouverture », each with « Ouvrir l'action ». */
export function ActionsAOuvrir() {
  const { data, loading, error } = useQuery(ouvertureActionsQuery, { fetchPolicy: SANS_CACHE });
  if (loading && !data) return <Chargement>Chargement des actions…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const enAttente = (data?.actions ?? []).filter((a) => a.statut === "AO");
  return (
    <section aria-labelledby="ouverture-liste">
      <h2 id="ouverture-liste">Actions en attente d'ouverture</h2>
      <Tableau
        titre="Actions en attente d'ouverture"
        colonnes={COLONNES}
        lignes={enAttente}
        cleLigne={(a) => a.id}
        vide="Aucune action en attente d'ouverture."
        tri={{ colonne: "debut", sens: "ascending" }}
      />
    </section>
  );
}
