import { Link } from "react-router";

/** A menu section that is not this account's work (the graph would refuse its data anyway). */
export function RubriqueInterdite({ titre }: { titre: string }) {
  return (
    <div className="sigma-page">
      <h1>{titre}</h1>
      <p className="sigma-alerte sigma-alerte--info">
        Cette rubrique n'est pas accessible à votre profil. <Link to="/">Retour à l'accueil</Link>
      </p>
    </div>
  );
}
