import { lazy, Suspense } from "react";
import { Chargement } from "./status";

export interface Barre {
  libelle: string;
  valeur: number;
}

/** recharts is fetched only when a chart is drawn (a shared singleton: one download for every section). */
const Barres = lazy(() => import("./graphique-barres-recharts"));

/**
 * A bar chart with its text alternative: the figure's caption names it and a table (read by
 * screen readers, shown when the chart library cannot load) gives every value.
 */
export function GraphiqueBarres({ titre, barres }: { titre: string; barres: readonly Barre[] }) {
  return (
    <figure className="sigma-graphique">
      <figcaption>{titre}</figcaption>
      <div aria-hidden="true" className="sigma-graphique__dessin">
        <Suspense fallback={<Chargement>Chargement du graphique…</Chargement>}>
          <Barres barres={barres} />
        </Suspense>
      </div>
      <table className="sigma-invisible">
        <caption>{titre}</caption>
        <tbody>
          {barres.map((barre) => (
            <tr key={barre.libelle}>
              <th scope="row">{barre.libelle}</th>
              <td>{barre.valeur}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
