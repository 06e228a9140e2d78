/** A menu section whose micro-frontend is not built yet. */
export function EnConstruction({ titre }: { titre: string }) {
  return (
    <div className="sigma-page">
      <h1>{titre}</h1>
      <p className="sigma-alerte sigma-alerte--info">Section en construction</p>
    </div>
  );
}
