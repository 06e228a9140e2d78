import { lazy, Suspense } from "react";
import { Chargement } from "../components/status";

export interface Serie {
  libelle: string;
  /** Exact decimal strings (or integers), one per abscissa. */
  valeurs: readonly (string | number)[];
}

/** recharts is fetched only when a chart is drawn (kept out of the first page's JavaScript). */
const Courbes = lazy(() => import("./graphique-courbes-recharts"));

/**
 * A time series with its text alternative: the caption names it and a table (for screen
 * readers, and shown if the chart cannot load) gives every exact value, formatted by `format`.
 */
export function GraphiqueCourbes({ titre, abscisses, series, format }: { titre: string; abscisses: readonly string[]; series: readonly Serie[]; format: (v: string | number) => string }) {
  return (
    <figure className="sigma-graphique">
      <figcaption>{titre}</figcaption>
      <div aria-hidden="true" className="sigma-graphique__dessin">
        <Suspense fallback={<Chargement>Chargement du graphique…</Chargement>}>
          {abscisses.length ? <Courbes abscisses={abscisses} series={series} /> : <p>Aucune donnée sur la période.</p>}
        </Suspense>
      </div>
      <table className="sigma-invisible">
        <caption>{titre}</caption>
        <thead>
          <tr>
            <th scope="col">Mois</th>
            {series.map((s) => (
              <th scope="col" key={s.libelle}>{s.libelle}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {abscisses.map((x, i) => (
            <tr key={x}>
              <th scope="row">{x}</th>
              {series.map((s) => (
                <td key={s.libelle}>{format(s.valeurs[i] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
