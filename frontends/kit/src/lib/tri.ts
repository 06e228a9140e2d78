/** Sorting and paging of a table's rows, kept pure so that they are tested without a browser. */

export type SensTri = "ascending" | "descending";
export type CleTri = string | number | null | undefined;

/** French collation for text (accents, case), numbers as numbers; empty values always last. */
const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

export function comparer(a: CleTri, b: CleTri): number {
  const videA = a === null || a === undefined || a === "";
  const videB = b === null || b === undefined || b === "";
  if (videA || videB) return videA === videB ? 0 : videA ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

export function trier<T>(lignes: readonly T[], cle: (ligne: T) => CleTri, sens: SensTri): T[] {
  const signe = sens === "ascending" ? 1 : -1;
  return lignes
    .map((ligne, index) => ({ ligne, index, valeur: cle(ligne) }))
    .sort((x, y) => {
      const vide = (v: CleTri) => v === null || v === undefined || v === "";
      // Empty values stay last whichever the direction; equal keys keep their order (stable).
      if (vide(x.valeur) || vide(y.valeur)) return comparer(x.valeur, y.valeur) || x.index - y.index;
      return signe * comparer(x.valeur, y.valeur) || x.index - y.index;
    })
    .map(({ ligne }) => ligne);
}

export interface PageDeLignes<T> {
  lignes: T[];
  /** 1-based, clamped to the existing pages. */
  page: number;
  pages: number;
}

export function paginer<T>(lignes: readonly T[], page: number, parPage: number): PageDeLignes<T> {
  const pages = Math.max(1, Math.ceil(lignes.length / parPage));
  const courante = Math.min(Math.max(1, Math.floor(page)), pages);
  return { lignes: lignes.slice((courante - 1) * parPage, courante * parPage), page: courante, pages };
}
