import { Button } from "react-aria-components";

/** « Page précédente » / « Page n / N » / « Page suivante » under a table or a list of blocks (nothing for a single page). */
export function Pagination({ titre, page, pages, onPage }: { titre: string; page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <nav className="sigma-pagination" aria-label={`Pages de « ${titre} »`}>
      <Button className="sigma-bouton sigma-bouton--secondaire" isDisabled={page <= 1} onPress={() => onPage(page - 1)}>
        Page précédente
      </Button>
      <span aria-live="polite">{`Page ${page} / ${pages}`}</span>
      <Button className="sigma-bouton sigma-bouton--secondaire" isDisabled={page >= pages} onPress={() => onPage(page + 1)}>
        Page suivante
      </Button>
    </nav>
  );
}

/** Number of pages of `total` rows, at least one. */
export const nombreDePages = (total: number, parPage: number) => Math.max(1, Math.ceil(total / parPage));
