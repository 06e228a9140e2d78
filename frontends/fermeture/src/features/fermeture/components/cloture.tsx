import { useMutation } from "@apollo/client/react";
import { ChampDate } from "@sigma/ui-kit/components/champ-date";
import { Avertissement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { aujourdhuiParis } from "@sigma/ui-kit/lib/dates";
import { messageErreur } from "@sigma/ui-kit/lib/errors";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { useId, useState } from "react";
import { graphql } from "../../../gql/gql";
import { verifierCloture, type StagiaireCloture } from "../lib/regles";

const cloturerActionMutation = graphql(/* GraphQL */ `
  mutation CloturerAction($actionId: ID!, $dateFinReelle: Date!) {
    cloturerAction(actionId: $actionId, dateFinReelle: $dateFinReelle) {
      avertissement
      action {
        id
        statut
        dateFinReelle
      }
    }
  }
`);

interface Props {
  action: { id: string; numero: string; intitule: string; dateFinPrevue: string; dateDebutReelle?: string | null };
  stagiaires: readonly StagiaireCloture[];
  onCloturee?: () => void;
}

/** Seed 001 § 3.7.1 « Fermeture de l'action »: the real end date, once every trainee has left; the avenant warning. */
export function ClotureAction({ action, stagiaires, onCloturee }: Props) {
  const id = useId();
  const [date, setDate] = useState<string | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [resultat, setResultat] = useState<{ avertissement: string | null } | null>(null);
  const [cloturer, { loading }] = useMutation(cloturerActionMutation, { refetchQueries: ["FermetureActions"] });
  const ecartPrevu = date !== null && date !== action.dateFinPrevue;
  return (
    <section aria-labelledby={`${id}-titre`} className="sigma-bloc-action">
      <h3 id={`${id}-titre`}>{`${action.numero} - ${action.intitule}`}</h3>
      {resultat ? (
        <>
          <Confirmation>{`L'action ${action.numero} a été clôturée.`}</Confirmation>
          {resultat.avertissement ? <Avertissement>{resultat.avertissement}</Avertissement> : null}
        </>
      ) : (
        <form
          className="sigma-formulaire"
          aria-labelledby={`${id}-titre`}
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const refus = verifierCloture(stagiaires, action.dateDebutReelle ?? null, date, aujourdhuiParis());
            setErreur(refus);
            if (refus || !date) return;
            try {
              onCloturee?.();
              const { data } = await cloturer({ variables: { actionId: action.id, dateFinReelle: date } });
              setResultat({ avertissement: data?.cloturerAction.avertissement ?? null });
            } catch (error) {
              setErreur(messageErreur(error));
            }
          }}
        >
          <p>
            Date de fin prévue : <strong>{formatDate(action.dateFinPrevue)}</strong>
          </p>
          <ChampDate label="Date de fermeture de l'action" name="dateFinReelle" valeur={date} onChange={setDate} isRequired aide="jj/mm/aaaa — la date de fin réelle, au plus tôt la sortie du dernier stagiaire." />
          {ecartPrevu ? (
            <Avertissement>
              La date de fin réelle diffère de la date de fin prévue : contactez le Conseil régional pour le prévenir de ce décalage et procéder à un avenant sur la date
              prévisionnelle de fin de l'action.
            </Avertissement>
          ) : null}
          {erreur ? <Erreur>{erreur}</Erreur> : null}
          <div className="sigma-actions">
            <button type="submit" className="sigma-bouton--valider" disabled={loading}>
              Valider
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
