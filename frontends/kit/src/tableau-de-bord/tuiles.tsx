/** An indicator tile: a label, an exact figure already formatted, an optional detail. */
export interface Tuile {
  id: string;
  libelle: string;
  valeur: string;
  detail?: string;
}

export function Tuiles({ titre, tuiles }: { titre: string; tuiles: readonly Tuile[] }) {
  return (
    <section aria-label={titre} className="sigma-tuiles">
      <ul>
        {tuiles.map((t) => (
          <li key={t.id} className="sigma-tuile" data-indicateur={t.id}>
            <span className="sigma-tuile__libelle">{t.libelle}</span>
            <strong className="sigma-tuile__valeur">{t.valeur}</strong>
            {t.detail ? <span className="sigma-tuile__detail">{t.detail}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
