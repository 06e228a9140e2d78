import { getFragmentData, graphql, type FragmentType } from "../../../gql";

export const evenementFragment = graphql(/* GraphQL */ `
  fragment EvenementHistorique on EvenementHistorique {
    __typename
    id
    action
    auteur
    auteurRole
    date
  }
`);

/** « Etat / Historique »: each change of state, who and when (dates dd/mm/yyyy hh:mm, Paris time). */
export function Historique({ evenements }: { evenements: readonly FragmentType<typeof evenementFragment>[] }) {
  const lignes = evenements.map((e) => getFragmentData(evenementFragment, e));
  if (lignes.length === 0) return null;
  return (
    <details className="sigma-historique">
      <summary>Historique</summary>
      <ol>
        {lignes.map((e) => (
          <li key={e.id}>
            {instant(e.date)} — {e.action} ({e.auteur})
          </li>
        ))}
      </ol>
    </details>
  );
}

export function instant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(date);
}
