import { useQuery } from "@apollo/client/react";
import { Onglets } from "@sigma/ui-kit/components/onglets";
import { Avertissement, Chargement, Erreur, Prochainement } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { aujourdhuiParis, avant } from "@sigma/ui-kit/lib/dates";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { graphql } from "../../../gql/gql";
import type { FermetureActionsQuery } from "../../../gql/graphql";

const fermetureActionsQuery = graphql(/* GraphQL */ `
  query FermetureActions {
    actions {
      id
      numero
      intitule
      statut
      dateDebutPrevue
      dateFinPrevue
    }
  }
`);

type Action = FermetureActionsQuery["actions"][number];

/** Seed 001 § 3.7.2 « Liste des stagiaires » of the bilans: its columns; the surveys come with execution. */
export const COLONNES_BILANS: readonly Colonne<never>[] = [
  "Nom",
  "Prénom",
  "Date de début",
  "Date de fin",
  "Enquête à la sortie",
  "Enquête après 6 mois",
  "Enquête après 1 an",
  "Gestion",
].map((titre, i) => ({ id: `c${i}`, titre }));

function colonnesFermeture(aujourdhui: string): readonly Colonne<Action>[] {
  return [
    { id: "numero", titre: "N° Action", rendu: (a) => <span className="sigma-nowrap">{a.numero}</span>, cle: (a) => a.numero, enTeteDeLigne: true },
    { id: "intitule", titre: "Intitulé de l'action", rendu: (a) => a.intitule, cle: (a) => a.intitule },
    { id: "debut", titre: "Date de début prévue", rendu: (a) => formatDate(a.dateDebutPrevue), cle: (a) => a.dateDebutPrevue },
    {
      id: "fin",
      titre: "Date de fin prévue",
      rendu: (a) => (
        <>
          {formatDate(a.dateFinPrevue)}
          {avant(a.dateFinPrevue, aujourdhui) ? <strong className="sigma-pastille sigma-pastille--alerte"> en retard de fermeture</strong> : null}
        </>
      ),
      cle: (a) => a.dateFinPrevue,
    },
    { id: "fermeture", titre: "Date de fermeture de l'action" },
  ];
}

/** « Fermeture » (seed 001 § 3.7): the exit surveys (bilans), then closing each running action. */
export function Fermeture() {
  const { data, loading, error } = useQuery(fermetureActionsQuery);
  if (loading && !data) return <Chargement>Chargement des actions…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const enCours = (data?.actions ?? []).filter((a) => a.statut === "EC");
  return (
    <Onglets
      titre="Fermeture"
      onglets={[
        {
          id: "bilans",
          titre: "Déclaration des bilans",
          contenu: (
            <>
              <h2>Liste des stagiaires</h2>
              <Tableau
                titre="Bilans des stagiaires"
                colonnes={COLONNES_BILANS}
                lignes={null}
                cleLigne={() => ""}
                prochainement="La situation de chaque stagiaire à la sortie, après 6 mois et après 1 an (emploi, type de contrat)."
              />
            </>
          ),
        },
        {
          id: "fermeture",
          titre: "Fermeture de l'action",
          contenu: (
            <>
              <h2>Actions en cours</h2>
              <Avertissement>
                Tous les stagiaires doivent être sortis de formation avant la fermeture. Si la date de fin réelle diffère de la date de fin prévue,
                contactez la Région pour un avenant.
              </Avertissement>
              <Tableau
                titre="Actions en cours à fermer"
                colonnes={colonnesFermeture(aujourdhuiParis())}
                lignes={enCours}
                cleLigne={(a) => a.id}
                vide="Aucune action en cours."
                tri={{ colonne: "fin", sens: "ascending" }}
              />
              <Prochainement>La saisie de la date de fermeture de l'action.</Prochainement>
            </>
          ),
        },
      ]}
    />
  );
}
