import { useMutation } from "@apollo/client/react";
import { DialogueConfirmation } from "@sigma/ui-kit/components/dialogue-confirmation";
import { Erreur } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatMontant } from "@sigma/ui-kit/lib/format";
import { useState } from "react";
import { getFragmentData, type FragmentType } from "../../../gql/fragment-masking";
import { graphql } from "../../../gql/gql";
import type { FactureAEmettreLigneFragment } from "../../../gql/graphql";

export const factureAEmettreFragment = graphql(/* GraphQL */ `
  fragment FactureAEmettreLigne on FactureAEmettre {
    type
      periode
      moisDebut
      moisFin
      support
      disponible
      raison
      mentionsSousTraitance
      montantHT
      montantTTC
      avanceRecuperee
      montantAPayer
  }
`);

const emettreFactureMutation = graphql(/* GraphQL */ `
  mutation EmettreFacture($input: EmettreFactureInput!) {
    emettreFacture(input: $input) {
      id
      numero
      periode
      statut
    }
  }
`);

type Ligne = FactureAEmettreLigneFragment;
const montant = (valeur: string) => <span className="sigma-montant">{formatMontant(valeur)}</span>;

/** « Factures en attente d'émission » of one action, each with « Emettre la facture » and its confirmation. */
export function AFacturer(props: {
  action: { id: string; numero: string; intitule: string; organisme: { code: string } };
  aFacturer: readonly FragmentType<typeof factureAEmettreFragment>[];
  onEmise: (periode: string) => void;
}) {
  const { action } = props;
  const aFacturer = getFragmentData(factureAEmettreFragment, props.aFacturer);
  const [emettre, { loading }] = useMutation(emettreFactureMutation, { refetchQueries: ["Facturation"], awaitRefetchQueries: true });
  const [erreur, setErreur] = useState<unknown>(null);

  const colonnes: readonly Colonne<Ligne>[] = [
    { id: "periode", titre: "Période", rendu: (f) => f.periode, enTeteDeLigne: true },
    { id: "support", titre: "Support", rendu: (f) => f.support },
    { id: "statut", titre: "Organisme / Statut", rendu: () => `${action.organisme.code} / Titulaire` },
    { id: "ht", titre: "Montant facturé en € HT", rendu: (f) => montant(f.montantHT) },
    { id: "ttc", titre: "Montant facturé en € TTC", rendu: (f) => montant(f.montantTTC) },
    { id: "apayer", titre: "Montant à payer en € TTC", rendu: (f) => (
      <>
        {montant(f.montantAPayer)}
        {f.mentionsSousTraitance.map((m) => (
          <span key={m} className="sigma-mention">
            {m}
          </span>
        ))}
      </>
    ) },
    {
      id: "gestion",
      titre: "Gestion",
      rendu: (f) =>
        f.disponible ? (
          <DialogueConfirmation
            declencheur="Emettre la facture"
            isDisabled={loading}
            onConfirmer={async () => {
              setErreur(null);
              try {
                await emettre({
                  variables: {
                    input: { actionId: action.id, type: f.type, moisDebut: f.type === "SOLDE" ? null : f.moisDebut, moisFin: f.type === "SOLDE" ? null : f.moisFin, confirmation: true, cleIdempotence: `${action.id}-${f.moisDebut}-${f.moisFin}-${crypto.randomUUID()}` },
                  },
                });
                props.onEmise(f.periode);
              } catch (error) {
                setErreur(error);
              }
            }}
          >
            Souhaitez-vous vraiment émettre la facture pour la période <strong>{f.periode}</strong> ?
          </DialogueConfirmation>
        ) : (
          <span>{f.raison ?? "Pas encore disponible."}</span>
        ),
    },
  ];

  return (
    <section aria-labelledby={`a-facturer-${action.id}`} className="sigma-bloc-action">
      <h3 id={`a-facturer-${action.id}`}>{`${action.numero} - ${action.intitule}`}</h3>
      {erreur ? <Erreur error={erreur} /> : null}
      <Tableau titre={`Factures en attente d'émission — ${action.numero}`} colonnes={colonnes} lignes={aFacturer} cleLigne={(f) => `${f.type}-${f.moisDebut}-${f.moisFin}`} vide="Aucune facture en attente d'émission." />
    </section>
  );
}
