import { useMutation } from "@apollo/client/react";
import { Champ } from "@sigma/ui-kit/components/champ";
import { Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { useId, type FormEvent } from "react";
import { Link } from "react-router";
import { graphql } from "../../../gql/gql";

const motDePasseOublieMutation = graphql(/* GraphQL */ `
  mutation MotDePasseOublie($email: String!) {
    motDePasseOublie(email: $email)
  }
`);

/**
 * « Mot de passe oublié » (seed 001 § 2.1): the user gives an e-mail address; a known one gets a
 * link by mail (the server's message says so), an unknown one is refused (the server's message).
 */
export default function MotDePasseOublieForm() {
  const [envoyer, { data, loading, error }] = useMutation(motDePasseOublieMutation);
  const id = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    await envoyer({ variables: { email } }).catch(() => undefined);
  }

  return (
    <form className="sigma-carte sigma-formulaire" onSubmit={onSubmit} aria-labelledby={`${id}-titre`}>
      <h1 id={`${id}-titre`}>Mot de passe oublié</h1>
      <p className="sigma-chapeau">Veuillez saisir votre adresse électronique ci-dessous.</p>
      <Champ label="Adresse électronique" name="email" type="email" autoComplete="email" required />
      {error ? <Erreur error={error} /> : null}
      {data && !error ? <Confirmation>{data.motDePasseOublie}</Confirmation> : null}
      <div className="sigma-actions">
        <Link to="/">Retour à l'identification</Link>
        <button type="submit" disabled={loading}>
          {loading ? "Envoi…" : "Envoyer"}
        </button>
      </div>
    </form>
  );
}
