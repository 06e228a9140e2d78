import { useMutation } from "@apollo/client/react";
import { Champ } from "@sigma/ui-kit/components/champ";
import { Erreur } from "@sigma/ui-kit/components/status";
import { useId, type FormEvent } from "react";
import { Link } from "react-router";
import { graphql } from "../../../gql/gql";
import { setJeton } from "../lib/session";

const connexionMutation = graphql(/* GraphQL */ `
  mutation Connexion($identifiant: String!, $motDePasse: String!) {
    connexion(identifiant: $identifiant, motDePasse: $motDePasse) {
      jeton
      expiration
    }
  }
`);

/** « Identification » (seed 001 § 2.1): identifiant and mot de passe; the graph answers with a signed token. */
export function ConnexionForm() {
  const [connexion, { loading, error }] = useMutation(connexionMutation);
  const id = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { data } = await connexion({
      variables: { identifiant: String(form.get("identifiant") ?? "").trim(), motDePasse: String(form.get("motDePasse") ?? "") },
    }).catch(() => ({ data: undefined }));
    if (data?.connexion.jeton) setJeton(data.connexion.jeton);
  }

  return (
    <form className="sigma-carte sigma-formulaire" onSubmit={onSubmit} aria-labelledby={`${id}-titre`}>
      <h1 id={`${id}-titre`}>Identification</h1>
      <p className="sigma-chapeau">Identifiez-vous pour gérer l'exécution de vos actions de formation.</p>
      <p className="sigma-obligatoires">Les champs obligatoires sont marqués par un *.</p>
      <Champ label="Identifiant" name="identifiant" autoComplete="username" required />
      <Champ label="Mot de passe" name="motDePasse" type="password" autoComplete="current-password" required />
      {error ? <Erreur error={error} /> : null}
      <div className="sigma-actions">
        <Link to="/mot-de-passe-oublie">Mot de passe oublié</Link>
        <button type="submit" disabled={loading}>
          {loading ? "Connexion…" : "Se connecter"}
        </button>
      </div>
    </form>
  );
}
