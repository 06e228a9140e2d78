import { useMutation, useQuery } from "@apollo/client/react";
import { Champ } from "@sigma/ui-kit/components/champ";
import { Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../../gql/gql";
import type { MoiQuery } from "../../../gql/graphql";
import { preparerModification, type Erreurs, type ValeursCompte } from "../../../lib/regles-compte";
import { moiQuery } from "../../auth/api/moi";

const modifierCompteMutation = graphql(/* GraphQL */ `
  mutation ModifierCompte($input: ModifierCompteInput!) {
    modifierCompte(input: $input) {
      id
      identifiant
      organisme {
        id
        adresse
        complementAdresse
        codePostal
        ville
      }
    }
  }
`);

function valeursDe(moi: MoiQuery["moi"]): ValeursCompte {
  const o = moi.organisme;
  return {
    identifiant: moi.identifiant,
    motDePasse: "",
    confirmation: "",
    ...(o ? { adresse: { adresse: o.adresse ?? "", complementAdresse: o.complementAdresse ?? "", codePostal: o.codePostal ?? "", ville: o.ville ?? "" } } : {}),
  };
}

/** « Modifier votre compte » (seed 001 § 2.1), once the account is known. */
export function ModifierCompte() {
  const { data, error } = useQuery(moiQuery);
  if (error && !data) return <Erreur error={error} />;
  if (!data) return <Chargement>Chargement de votre compte…</Chargement>;
  return <ModifierCompteForm moi={data.moi} />;
}

/**
 * Identifiant, mot de passe with its confirmation and, for an organisme, its address. Checked
 * here with the server's own messages before sending; only changed fields are sent; the server's
 * refusal is shown when it comes.
 */
export function ModifierCompteForm({ moi }: { moi: MoiQuery["moi"] }) {
  const [valeurs, setValeurs] = useState<ValeursCompte>(() => valeursDe(moi));
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const [fait, setFait] = useState(false);
  const [modifier, { loading, error, reset }] = useMutation(modifierCompteMutation);
  const id = useId();
  const initiales = valeursDe(moi);

  function changer(champ: keyof Erreurs, valeur: string) {
    setFait(false);
    setValeurs((v) =>
      champ === "identifiant" || champ === "motDePasse" || champ === "confirmation"
        ? { ...v, [champ]: valeur }
        : { ...v, adresse: { ...v.adresse!, [champ]: valeur } },
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    setFait(false);
    const { erreurs: verifiees, modifications } = preparerModification(valeurs, initiales);
    setErreurs(verifiees);
    if (Object.keys(verifiees).length) return;
    if (Object.keys(modifications).length === 0) {
      setFait(true);
      return;
    }
    const result = await modifier({ variables: { input: modifications } }).catch(() => undefined);
    if (result?.data) {
      setValeurs((v) => ({ ...v, motDePasse: "", confirmation: "" }));
      setFait(true);
    }
  }

  const champ = (nom: keyof Erreurs) => ({
    name: nom,
    erreur: erreurs[nom],
    onChange: (e: { target: { value: string } }) => changer(nom, e.target.value),
  });

  return (
    <form className="sigma-page sigma-formulaire" onSubmit={onSubmit} aria-labelledby={`${id}-titre`} noValidate>
      <h1 id={`${id}-titre`}>Modifier votre compte</h1>
      <p className="sigma-chapeau">
        Vous pouvez modifier votre identifiant et votre mot de passe à tout moment{moi.organisme ? ", ainsi que l'adresse de votre organisme" : ""}.
        Laissez le mot de passe vide pour le conserver.
      </p>
      {fait ? <Confirmation>Votre compte a été modifié.</Confirmation> : null}
      {error ? <Erreur error={error} /> : null}
      <fieldset>
        <legend>Identification</legend>
        <div className="sigma-grille">
          <Champ label="Identifiant" autoComplete="username" value={valeurs.identifiant} required {...champ("identifiant")} />
        </div>
        <div className="sigma-grille">
          <Champ label="Mot de passe" type="password" autoComplete="new-password" aide="10 caractères au moins." value={valeurs.motDePasse} {...champ("motDePasse")} />
          <Champ label="Confirmation du mot de passe" type="password" autoComplete="new-password" aide="Saisissez à nouveau le mot de passe." value={valeurs.confirmation} {...champ("confirmation")} />
        </div>
      </fieldset>
      {valeurs.adresse ? (
        <fieldset>
          <legend>Adresse</legend>
          <p className="sigma-discret">{moi.organisme?.raisonSociale}</p>
          <div className="sigma-grille">
            <Champ label="Adresse" autoComplete="address-line1" value={valeurs.adresse.adresse} {...champ("adresse")} />
            <Champ label="Ville" autoComplete="address-level2" value={valeurs.adresse.ville} {...champ("ville")} />
            <Champ label="Complément d'adresse" autoComplete="address-line2" value={valeurs.adresse.complementAdresse} {...champ("complementAdresse")} />
            <Champ label="Code postal" autoComplete="postal-code" inputMode="numeric" value={valeurs.adresse.codePostal} {...champ("codePostal")} />
          </div>
        </fieldset>
      ) : null}
      <div className="sigma-actions">
        <button type="submit" disabled={loading}>
          {loading ? "Enregistrement…" : "Enregistrer"}
        </button>
      </div>
    </form>
  );
}
