import { useApolloClient } from "@apollo/client/react";
import { DialogueFormulaire } from "@sigma/ui-kit/components/dialogue-formulaire";
import { RefusTeleversement, televerser } from "@sigma/ui-kit/lib/televersement";
import { useId, useState } from "react";
import { verifierFichierSigne } from "../lib/nommage";

/** The gateway's binary endpoint (gateway/src/http/signed-upload.ts): the PDF's bytes as the body, up to 5 MB. */
export const CHEMIN_DEPOT = "televersements/facture-signee";

interface Props {
  factureId: string;
  periode: string;
  nomFichierAttendu: string;
  onDeposee: (periode: string) => void;
}

/**
 * « Ajouter une facture signée » (seed 000): one PDF, named by the rule. The name is checked
 * here with finance's own message; the file then goes as is (no base64) to the gateway's
 * `POST /televersements/facture-signee` with the session's token, and the server's refusals
 * (name, not a PDF, too large, already locked) are shown in its own words.
 */
export function DepotFactureSignee({ factureId, periode, nomFichierAttendu, onDeposee }: Props) {
  const id = useId();
  const [erreur, setErreur] = useState<string | null>(null);
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
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
        setLoading(true);
        try {
          await televerser(client, CHEMIN_DEPOT, { factureId, nomFichier: fichier.name }, fichier, "application/pdf");
          // The tables show the deposit (a failed refresh does not undo it).
          await Promise.resolve(client.refetchQueries({ include: ["Facturation"] })).catch(() => undefined);
          onDeposee(periode);
          return true;
        } catch (error) {
          setErreur(error instanceof RefusTeleversement ? error.message : "Le dépôt n'a pas abouti : réessayez dans quelques instants.");
          return false;
        } finally {
          setLoading(false);
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
