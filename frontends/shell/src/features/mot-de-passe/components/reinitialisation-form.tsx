import { useMutation } from "@apollo/client/react";
import { Champ } from "@sigma/ui-kit/components/champ";
import { Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { useId, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { graphql } from "../../../gql/gql";
import { verifierMotDePasse, type Erreurs } from "../../../lib/regles-compte";

const reinitialiserMutation = graphql(/* GraphQL */ `
  mutation ReinitialiserMotDePasse($jeton: String!, $motDePasse: String!, $confirmation: String!) {
    reinitialiserMotDePasse(jeton: $jeton, motDePasse: $motDePasse, confirmation: $confirmation)
  }
`);

/** The page of the link received by mail (/reinitialisation?jeton=…): a new password, twice. */
export default function ReinitialisationForm() {
  const [params] = useSearchParams();
  const jeton = params.get("jeton") ?? "";
  const [reinitialiser, { data, loading, error }] = useMutation(reinitialiserMutation);
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const id = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const motDePasse = String(form.get("motDePasse") ?? "");
    const confirmation = String(form.get("confirmation") ?? "");
    const verifiees = verifierMotDePasse(motDePasse, confirmation);
    setErreurs(verifiees);
    if (Object.keys(verifiees).length) return;
    await reinitialiser({ variables: { jeton, motDePasse, confirmation } }).catch(() => undefined);
  }

  return (
    <form className="sigma-carte sigma-formulaire" onSubmit={onSubmit} aria-labelledby={`${id}-titre`} noValidate>
      <h1 id={`${id}-titre`}>Nouveau mot de passe</h1>
      {!jeton ? (
        <Erreur>Ce lien de réinitialisation est incomplet : refaites une demande.</Erreur>
      ) : data && !error ? (
        <Confirmation>{data.reinitialiserMotDePasse}</Confirmation>
      ) : (
        <>
          <p className="sigma-obligatoires">Les champs obligatoires sont marqués par un *.</p>
          <Champ label="Nouveau mot de passe" name="motDePasse" type="password" autoComplete="new-password" aide="10 caractères au moins." required erreur={erreurs.motDePasse} />
          <Champ label="Confirmation du mot de passe" name="confirmation" type="password" autoComplete="new-password" aide="Saisissez à nouveau le mot de passe." required erreur={erreurs.confirmation} />
          {error ? <Erreur error={error} /> : null}
        </>
      )}
      <div className="sigma-actions">
        <Link to="/">{data && !error ? "Se connecter" : "Retour à l'identification"}</Link>
        {jeton && !(data && !error) ? (
          <button type="submit" disabled={loading}>
            {loading ? "Enregistrement…" : "Enregistrer"}
          </button>
        ) : null}
      </div>
    </form>
  );
}
