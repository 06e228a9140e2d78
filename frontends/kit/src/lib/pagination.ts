import { useState } from "react";
import type { Colonne } from "../components/tableau";

export type SensColonne = "ascending" | "descending";

/**
 * The state of a table paginated by the server: the page and the sorted column, and the
 * variables of the list query (`page`, `parPage`, `tri: { cle, sens }`, the key being the
 * column's `triServeur`). `K` is the server's enum of sort keys.
 */
export function usePageServeur<K extends string>(colonnes: readonly Colonne<never>[], initial: { colonne: string; sens: SensColonne }, parPage = 20) {
  const [page, setPage] = useState(1);
  const [tri, setTri] = useState(initial);
  const cle = colonnes.find((c) => c.id === tri.colonne)?.triServeur as K | undefined;
  return {
    page,
    tri,
    parPage,
    setPage,
    setTri,
    variables: { page, parPage, ...(cle ? { tri: { cle, sens: tri.sens === "ascending" ? ("ASC" as const) : ("DESC" as const) } } : {}) },
  };
}
