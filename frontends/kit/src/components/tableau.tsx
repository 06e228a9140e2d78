import { useMemo, useState, type ReactNode } from "react";
import { Button, Cell, Column, Row, Table, TableBody, TableHeader, type SortDescriptor } from "react-aria-components";
import { paginer, trier, type CleTri } from "../lib/tri";
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
}

/**
 * The tables of every section: react-aria-components' Table (keyboard navigation between cells,
 * sortable headers announced with aria-sort), sorted and paginated here, headers from the seeds.
 */
export function Tableau<T>({ titre, colonnes, lignes, cleLigne, vide = "Aucun résultat.", prochainement, tri, parPage = 20 }: Props<T>) {
  const [sort, setSort] = useState<SortDescriptor | undefined>(tri ? { column: tri.colonne, direction: tri.sens } : undefined);
  const [page, setPage] = useState(1);
  const rowHeader = colonnes.find((c) => c.enTeteDeLigne)?.id ?? colonnes[0]?.id;

  const triees = useMemo(() => {
    if (!lignes) return [];
    const colonne = colonnes.find((c) => c.id === sort?.column);
    return colonne?.cle && sort ? trier(lignes, colonne.cle, sort.direction) : [...lignes];
  }, [lignes, colonnes, sort]);
  const courante = paginer(triees, page, parPage);

  return (
    <div className="sigma-tableau">
      {lignes ? <p className="sigma-tableau__nombre">{`Nombre de résultats : ${lignes.length}`}</p> : null}
      <div className="sigma-table-defilement">
        <Table
          aria-label={titre}
          className="sigma-table"
          sortDescriptor={sort}
          onSortChange={(next) => {
            setSort(next);
            setPage(1);
          }}
        >
          <TableHeader columns={colonnes}>
            {(colonne) => (
              <Column id={colonne.id} isRowHeader={colonne.id === rowHeader} allowsSorting={Boolean(colonne.cle)}>
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
      {courante.pages > 1 ? (
        <nav className="sigma-pagination" aria-label={`Pages de « ${titre} »`}>
          <Button className="sigma-bouton sigma-bouton--secondaire" isDisabled={courante.page === 1} onPress={() => setPage(courante.page - 1)}>
            Page précédente
          </Button>
          <span aria-live="polite">{`Page ${courante.page} / ${courante.pages}`}</span>
          <Button className="sigma-bouton sigma-bouton--secondaire" isDisabled={courante.page === courante.pages} onPress={() => setPage(courante.page + 1)}>
            Page suivante
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
