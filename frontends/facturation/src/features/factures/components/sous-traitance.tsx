import { useMutation } from "@apollo/client/react";
import { Champ } from "@sigma/ui-kit/components/champ";
import { Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { champEnErreur, messageErreur } from "@sigma/ui-kit/lib/errors";
import { formatDate, formatMontant } from "@sigma/ui-kit/lib/format";
import { useId, useState } from "react";
import { getFragmentData, type FragmentType } from "../../../gql/fragment-masking";
import { graphql } from "../../../gql/gql";
import { lireSousTraitance } from "../lib/sous-traitance";

export const sousTraitanceSaisieFragment = graphql(/* GraphQL */ `
  fragment SousTraitanceSaisie on FactureSousTraitant {
    id
    sousTraitant
    montantHT
    dateSaisie
    mention
  }
`);

const enregistrerFactureSousTraitantMutation = graphql(/* GraphQL */ `
  mutation EnregistrerFactureSousTraitant($input: FactureSousTraitantInput!) {
    enregistrerFactureSousTraitant(input: $input) {
      __typename
      id
      sousTraitant
      montantHT
      dateSaisie
      mention
    }
  }
`);

/**
 * « > Créer une facture pour un sous-traitant » (seed 001 § 3.6.1.2): Contractant, Montant HT,
 * Valider / Annuler; the recorded ones with their « Dont X € pour … » mention.
 */
export function SousTraitance(props: {
  action: { id: string; numero: string; marche: { sousTraitants: readonly { id: string; raisonSociale: string }[] } };
  sousTraitances: readonly FragmentType<typeof sousTraitanceSaisieFragment>[];
}) {
  const { action } = props;
  const saisies = getFragmentData(sousTraitanceSaisieFragment, props.sousTraitances);
  const id = useId();
  const [ouvert, setOuvert] = useState(false);
  const [sousTraitantId, setSousTraitantId] = useState("");
  const [montant, setMontant] = useState("");
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [refus, setRefus] = useState<unknown>(null);
  const [fait, setFait] = useState<string | null>(null);
  const [enregistrer, { loading }] = useMutation(enregistrerFactureSousTraitantMutation, { refetchQueries: ["Facturation"] });
  const sousTraitants = action.marche.sousTraitants;
  const annuler = () => {
    setOuvert(false);
    setSousTraitantId("");
    setMontant("");
    setErreurs({});
    setRefus(null);
  };

  return (
    <section aria-labelledby={`${id}-titre`} className="sigma-bloc-action">
      <h3 id={`${id}-titre`}>{`Sous-traitance — ${action.numero}`}</h3>
      {saisies.length ? (
        <ul>
          {saisies.map((s) => (
            <li key={s.id}>{`${formatDate(s.dateSaisie)} — ${s.sousTraitant} : ${formatMontant(s.montantHT)} HT (${s.mention})`}</li>
          ))}
        </ul>
      ) : (
        <p>Aucune facture de sous-traitant saisie.</p>
      )}
      {fait ? <Confirmation>{fait}</Confirmation> : null}
      {sousTraitants.length === 0 ? (
        <p>Le marché de cette action n'a pas de sous-traitant déclaré.</p>
      ) : !ouvert ? (
        <button type="button" className="sigma-lien-bouton" onClick={() => { setFait(null); setOuvert(true); }}>
          &gt; Créer une facture pour un sous-traitant
        </button>
      ) : (
        <form
          className="sigma-formulaire"
          aria-labelledby={`${id}-titre`}
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            setRefus(null);
            const lu = lireSousTraitance(sousTraitantId, montant);
            setErreurs(lu.erreurs);
            if (!lu.saisie) return;
            try {
              const { data } = await enregistrer({ variables: { input: { actionId: action.id, ...lu.saisie } } });
              annuler();
              setFait(`La facture du sous-traitant a été enregistrée : ${data?.enregistrerFactureSousTraitant.mention ?? ""}`);
            } catch (error) {
              const champ = champEnErreur(error);
              if (champ === "montantHT" || champ === "sousTraitantId") setErreurs({ [champ]: messageErreur(error) });
              else setRefus(error);
            }
          }}
        >
          <p className="sigma-obligatoires">Les champs obligatoires sont marqués par un *.</p>
          <div className="sigma-champ">
            <label htmlFor={`${id}-contractant`}>
              Contractant<span aria-hidden="true"> *</span>
            </label>
            <select
              id={`${id}-contractant`}
              value={sousTraitantId}
              onChange={(e) => setSousTraitantId(e.target.value)}
              required
              aria-invalid={erreurs.sousTraitantId ? true : undefined}
              aria-describedby={erreurs.sousTraitantId ? `${id}-contractant-erreur` : undefined}
            >
              <option value="">Choisir un sous-traitant</option>
              {sousTraitants.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.raisonSociale}
                </option>
              ))}
            </select>
            {erreurs.sousTraitantId ? (
              <span id={`${id}-contractant-erreur`} className="sigma-champ__erreur">
                {erreurs.sousTraitantId}
              </span>
            ) : null}
          </div>
          <Champ label="Montant HT" name="montantHT" value={montant} onChange={(e) => setMontant(e.target.value)} required inputMode="decimal" aide="En euros, par exemple 1500,00." erreur={erreurs.montantHT} />
          {refus ? <Erreur error={refus} /> : null}
          <div className="sigma-actions">
            <button type="submit" className="sigma-bouton--valider" disabled={loading}>
              Valider
            </button>
            <button type="button" className="sigma-bouton--secondaire" onClick={annuler}>
              Annuler
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
