import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { CODE_STATUT_ACTION, LIBELLE_STATUT_ACTION } from "@sigma/ui-kit/lib/libelles";
import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";

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

/** Seed 003's « Liste des résultats » columns. */
export const COLONNES_ACCUEIL: readonly Colonne<Ligne>[] = [
  { id: "contrat", titre: "N Contrat/Conv.", rendu: (a) => a.numeroContrat, cle: (a) => a.numeroContrat },
  { id: "numero", titre: "N° Action", rendu: (a) => <span className="sigma-nowrap">{a.numero}</span>, cle: (a) => a.numero, enTeteDeLigne: true },
  { id: "intitule", titre: "Intitulé de l'action", rendu: (a) => a.intitule, cle: (a) => a.intitule },
  { id: "statut", titre: "Statut", rendu: (a) => (a.statut ? <abbr title={LIBELLE_STATUT_ACTION[a.statut]}>{CODE_STATUT_ACTION[a.statut]}</abbr> : "—"), cle: (a) => a.statut ?? "" },
  { id: "annee", titre: "Année", rendu: (a) => a.anneeProgrammation, cle: (a) => a.anneeProgrammation },
  { id: "debut", titre: "Date de début réelle", rendu: (a) => formatDate(a.dateDebutReelle), cle: (a) => a.dateDebutReelle },
  { id: "fin", titre: "Date de fin prévue", rendu: (a) => formatDate(a.dateFinPrevue), cle: (a) => a.dateFinPrevue },
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

export function ListeActionsAccueil({ actions }: { actions: readonly FragmentType<typeof ligneActionFragment>[] }) {
  const lignes = actions.map(lire);
  return (
    <section aria-labelledby="accueil-liste">
      <h2 id="accueil-liste">Liste des résultats</h2>
      <Tableau titre="Liste des actions" colonnes={COLONNES_ACCUEIL} lignes={lignes} cleLigne={(a) => a.id} vide="Aucune action de formation." parPage={10} />
    </section>
  );
}
