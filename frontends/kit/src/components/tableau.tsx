import { useMemo, useState, type ReactNode } from "react";
import { Cell, Column, Row, Table, TableBody, TableHeader, type SortDescriptor } from "react-aria-components";
import { paginer, trier, type CleTri } from "../lib/tri";
import { nombreDePages, Pagination } from "./pagination";
import { Prochainement } from "./status";

export interface Colonne<T> {
  id: string;
  /** The header, as in the seeds' screens (« N° Action », « Date de fin prévue »…). */
  titre: string;
  /** What the cell shows; columns without it (a structure whose data is not there yet) stay empty. */
  rendu?: (ligne: T) => ReactNode;
  /** The value to sort by: a column with one can be sorted by clicking (or Entrée on) its header. */
  cle?: (ligne: T) => CleTri;
  /** The column that names the row for screen readers (one per table; the first by default). */
  enTeteDeLigne?: boolean;
  /** In a table paginated by the server: the server's sort key of this column (sortable when set). */
  triServeur?: string;
}

/**
 * A table whose rows are one page chosen and sorted by the server: the table shows them as
 * they come, says the total, and asks for another page or order through these callbacks.
 */
export interface PaginationServeur {
  total: number;
  /** 1-based. */
  page: number;
  parPage: number;
  /** The column (id) and direction of the server's order. */
  tri: { colonne: string; sens: "ascending" | "descending" };
  onPage: (page: number) => void;
  onTri: (tri: { colonne: string; sens: "ascending" | "descending" }) => void;
  /** True while the next page is on its way (the current rows stay shown). */
  chargement?: boolean;
}

interface Props<T> {
  /** Accessible name of the table (its visible title is the section's h2). */
  titre: string;
  colonnes: readonly Colonne<T>[];
  /** The rows; `null` when the graph does not provide them yet: the headers and « Données disponibles prochainement ». */
  lignes: readonly T[] | null;
  cleLigne: (ligne: T) => string;
  /** What an empty list says (« Aucune action de formation. »). */
  vide?: string;
  /** Why the data is not there yet, under « Données disponibles prochainement ». */
  prochainement?: string;
  tri?: { colonne: string; sens: "ascending" | "descending" };
  parPage?: number;
  /** Server-side pagination and sort: `lignes` is then the current page, in order. */
  serveur?: PaginationServeur;
}

/**
 * The tables of every section: react-aria-components' Table (keyboard navigation between cells,
 * sortable headers announced with aria-sort), headers from the seeds; sorted and paginated here,
 * or — with `serveur` — by the server, one page at a time (the lists of actions).
 */
export function Tableau<T>({ titre, colonnes, lignes, cleLigne, vide = "Aucun résultat.", prochainement, tri, parPage = 20, serveur }: Props<T>) {
  const [sortLocal, setSort] = useState<SortDescriptor | undefined>(tri ? { column: tri.colonne, direction: tri.sens } : undefined);
  const [pageLocale, setPage] = useState(1);
  const rowHeader = colonnes.find((c) => c.enTeteDeLigne)?.id ?? colonnes[0]?.id;
  const sort: SortDescriptor | undefined = serveur ? { column: serveur.tri.colonne, direction: serveur.tri.sens } : sortLocal;

  const triees = useMemo(() => {
    if (!lignes) return [];
    if (serveur) return [...lignes];
    const colonne = colonnes.find((c) => c.id === sort?.column);
    return colonne?.cle && sort ? trier(lignes, colonne.cle, sort.direction) : [...lignes];
  }, [lignes, colonnes, sort, serveur]);
  const courante = serveur
    ? { lignes: triees, page: serveur.page, pages: nombreDePages(serveur.total, serveur.parPage) }
    : paginer(triees, pageLocale, parPage);
  const allerA = serveur ? serveur.onPage : setPage;
  const total = serveur ? serveur.total : lignes?.length;

  return (
    <div className="sigma-tableau" aria-busy={serveur?.chargement ? true : undefined}>
      {lignes ? <p className="sigma-tableau__nombre">{`Nombre de résultats : ${total}`}</p> : null}
      <div className="sigma-table-defilement">
        <Table
          aria-label={titre}
          className="sigma-table"
          sortDescriptor={sort}
          onSortChange={(next) => {
            if (serveur) {
              serveur.onTri({ colonne: String(next.column), sens: next.direction });
              serveur.onPage(1);
              return;
            }
            setSort(next);
            setPage(1);
          }}
        >
          <TableHeader columns={colonnes}>
            {(colonne) => (
              <Column id={colonne.id} isRowHeader={colonne.id === rowHeader} allowsSorting={Boolean(serveur ? colonne.triServeur : colonne.cle)}>
                <span className="sigma-entete-colonne">{colonne.titre}</span>
              </Column>
            )}
          </TableHeader>
          <TableBody
            items={courante.lignes.map((ligne) => ({ id: cleLigne(ligne), ligne }))}
            renderEmptyState={() => (lignes ? <p className="sigma-vide">{vide}</p> : <Prochainement>{prochainement}</Prochainement>)}
          >
            {({ ligne }) => (
              <Row columns={colonnes}>{(colonne) => <Cell>{colonne.rendu ? colonne.rendu(ligne) : null}</Cell>}</Row>
            )}
          </TableBody>
        </Table>
      </div>
      <Pagination titre={titre} page={courante.page} pages={courante.pages} onPage={allerA} />
    </div>
  );
}
