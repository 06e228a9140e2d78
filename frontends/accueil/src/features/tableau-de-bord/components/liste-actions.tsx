import { useQuery } from "@apollo/client/react";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { usePageServeur } from "@sigma/ui-kit/lib/pagination";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { CODE_STATUT_ACTION, LIBELLE_STATUT_ACTION } from "@sigma/ui-kit/lib/libelles";
import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { CleTriAction } from "../../../gql/graphql";

/** One page of the caller's actions, sorted by the server. */
const accueilActionsQuery = graphql(/* GraphQL */ `
  query AccueilActions($page: Int, $parPage: Int, $tri: TriActions) {
    listeActions(page: $page, parPage: $parPage, tri: $tri) {
      total
      page
      parPage
      nodes {
        id
        ...LigneActionAccueil
      }
    }
  }
`);

export const ligneActionFragment = graphql(/* GraphQL */ `
  fragment LigneActionAccueil on Action {
    __typename
    id
    numero
    intitule
    numeroContrat
    anneeProgrammation
    statut
    dateDebutReelle
    dateFinPrevue
  }
`);

type Ligne = NonNullable<ReturnType<typeof lire>>;
const lire = (a: FragmentType<typeof ligneActionFragment>) => getFragmentData(ligneActionFragment, a);

/** Seed 003's « Liste des résultats » columns; the catalogue's ones sort on the server (statut and real start are execution's). */
export const COLONNES_ACCUEIL: readonly Colonne<Ligne>[] = [
  { id: "contrat", titre: "N Contrat/Conv.", rendu: (a) => a.numeroContrat, triServeur: "NUMERO_CONTRAT" },
  { id: "numero", titre: "N° Action", rendu: (a) => <span className="sigma-nowrap">{a.numero}</span>, triServeur: "NUMERO", enTeteDeLigne: true },
  { id: "intitule", titre: "Intitulé de l'action", rendu: (a) => a.intitule, triServeur: "INTITULE" },
  { id: "statut", titre: "Statut", rendu: (a) => (a.statut ? <abbr title={LIBELLE_STATUT_ACTION[a.statut]}>{CODE_STATUT_ACTION[a.statut]}</abbr> : "—") },
  { id: "annee", titre: "Année", rendu: (a) => a.anneeProgrammation, triServeur: "ANNEE" },
  { id: "debut", titre: "Date de début réelle", rendu: (a) => formatDate(a.dateDebutReelle) },
  { id: "fin", titre: "Date de fin prévue", rendu: (a) => formatDate(a.dateFinPrevue), triServeur: "DATE_FIN_PREVUE" },
  {
    id: "gestion",
    titre: "Gestion",
    rendu: (a) => (
      <Link to={`/actions/${encodeURIComponent(a.numero)}`} aria-label={`Gérer l'action de formation ${a.numero}`}>
        Gérer l'action
      </Link>
    ),
  },
];

export function ListeActionsAccueil() {
  const liste = usePageServeur<CleTriAction>(COLONNES_ACCUEIL, { colonne: "annee", sens: "descending" }, 10);
  const { data, previousData, loading, error } = useQuery(accueilActionsQuery, { fetchPolicy: SANS_CACHE, variables: liste.variables });
  const page = (data ?? previousData)?.listeActions;
  return (
    <section aria-labelledby="accueil-liste">
      <h2 id="accueil-liste">Liste des résultats</h2>
      {error && !data ? <Erreur error={error} /> : null}
      {!page ? (
        error ? null : <Chargement>Chargement des actions…</Chargement>
      ) : (
        <Tableau
          titre="Liste des actions"
          colonnes={COLONNES_ACCUEIL}
          lignes={page.nodes.map(lire)}
          cleLigne={(a) => a.id}
          vide="Aucune action de formation."
          serveur={{ total: page.total, page: page.page, parPage: page.parPage, tri: liste.tri, onPage: liste.setPage, onTri: liste.setTri, chargement: loading }}
        />
      )}
    </section>
  );
}
