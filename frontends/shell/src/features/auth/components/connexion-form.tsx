import { useMutation } from "@apollo/client/react";
import { Erreur } from "@sigma/ui-kit/components/status";
import { useId, type FormEvent } from "react";
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

/** « Connexion » : identifiant and mot de passe; the graph answers with a signed token. */
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
    <form className="sigma-connexion" onSubmit={onSubmit} aria-labelledby={`${id}-titre`}>
      <h1 id={`${id}-titre`}>Connexion</h1>
      <p>Identifiez-vous pour accéder à vos actions de formation.</p>
      <label htmlFor={`${id}-identifiant`}>Identifiant *</label>
      <input id={`${id}-identifiant`} name="identifiant" autoComplete="username" required />
      <label htmlFor={`${id}-mot-de-passe`}>Mot de passe *</label>
      <input id={`${id}-mot-de-passe`} name="motDePasse" type="password" autoComplete="current-password" required />
      {error ? <Erreur error={error} /> : null}
      <button type="submit" disabled={loading}>
        {loading ? "Connexion…" : "Se connecter"}
      </button>
    </form>
  );
}
