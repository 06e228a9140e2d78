import { useMutation } from "@apollo/client/react";
import { DialogueFormulaire } from "@sigma/ui-kit/components/dialogue-formulaire";
import { lireEnBase64 } from "@sigma/ui-kit/lib/documents";
import { messageErreur } from "@sigma/ui-kit/lib/errors";
import { useId, useState } from "react";
import { graphql } from "../../../gql/gql";
import { verifierFichierSigne } from "../lib/nommage";

const deposerFactureSigneeMutation = graphql(/* GraphQL */ `
  mutation DeposerFactureSignee($input: DeposerFactureSigneeInput!) {
    deposerFactureSignee(input: $input) {
      __typename
      id
      statut
      verrouillee
      motifRejet
      fichierSigne {
        nom
        dateDepot
      }
    }
  }
`);

interface Props {
  factureId: string;
  periode: string;
  nomFichierAttendu: string;
  onDeposee: (periode: string) => void;
}

/**
 * « Ajouter une facture signée » (seed 000): one PDF, named by the rule. The name is checked
 * here with finance's own message; the server checks it again, and its refusals (not a PDF,
 * too large, already locked) are shown the same way.
 */
export function DepotFactureSignee({ factureId, periode, nomFichierAttendu, onDeposee }: Props) {
  const id = useId();
  const [erreur, setErreur] = useState<string | null>(null);
  const [deposer, { loading }] = useMutation(deposerFactureSigneeMutation, { refetchQueries: ["Facturation"], awaitRefetchQueries: true });
  return (
    <DialogueFormulaire
      declencheur="Ajouter"
      declencheurNom={`Ajouter la facture signée de la période ${periode}`}
      titre="Ajouter une facture signée"
      erreur={erreur}
      enCours={loading}
      onOuverture={() => setErreur(null)}
      onValider={async (formulaire) => {
        const fichier = (formulaire.elements.namedItem("factureSignee") as HTMLInputElement | null)?.files?.[0] ?? null;
        const refus = verifierFichierSigne(fichier, nomFichierAttendu);
        setErreur(refus);
        if (refus || !fichier) return false;
        try {
          await deposer({ variables: { input: { factureId, nomFichier: fichier.name, contenuBase64: await lireEnBase64(fichier) } } });
          onDeposee(periode);
          return true;
        } catch (error) {
          setErreur(messageErreur(error));
          return false;
        }
      }}
    >
      <div className="sigma-champ">
        <label htmlFor={`${id}-fichier`}>
          Facture signée PDF<span aria-hidden="true"> *</span>
        </label>
        <span id={`${id}-aide`} className="sigma-champ__aide">
          {`Nom attendu, en majuscules : ${nomFichierAttendu}`}
        </span>
        <input id={`${id}-fichier`} name="factureSignee" type="file" accept="application/pdf,.pdf" required aria-describedby={`${id}-aide`} aria-invalid={erreur ? true : undefined} />
      </div>
    </DialogueFormulaire>
  );
}
