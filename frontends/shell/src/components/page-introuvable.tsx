import { Link } from "react-router";

export function PageIntrouvable() {
  return (
    <div className="sigma-page">
      <h1>Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune rubrique. <Link to="/">Retour à l'accueil</Link>
      </p>
    </div>
  );
}
