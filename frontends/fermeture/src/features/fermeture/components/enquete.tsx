import { useMutation } from "@apollo/client/react";
import { DialogueFormulaire } from "@sigma/ui-kit/components/dialogue-formulaire";
import { aujourdhuiParis } from "@sigma/ui-kit/lib/dates";
import { messageErreur } from "@sigma/ui-kit/lib/errors";
import { useId, useState } from "react";
import { graphql } from "../../../gql/gql";
import { CONTRATS, MOMENTS, SITUATIONS, verifierEnquete, type Contrat, type Moment, type Situation } from "../lib/regles";

const saisirEnqueteMutation = graphql(/* GraphQL */ `
  mutation SaisirEnquete($input: EnqueteInput!) {
    saisirEnquete(input: $input) {
      __typename
      id
      moment
      situation
      contrat
    }
  }
`);

interface Props {
  stagiaire: { id: string; nom: string; prenom: string; dateSortie?: string | null };
  moment: Moment;
  existante?: { situation: Situation; contrat?: Contrat | null } | null;
  onEnregistree: (message: string) => void;
}

/** Seed 001 § 3.7.2's « Fiche de suivi »: the situation, and the contract of a job. */
export function FicheDeSuivi({ stagiaire, moment, existante, onEnregistree }: Props) {
  const id = useId();
  const [situation, setSituation] = useState<Situation | null>(existante?.situation ?? null);
  const [contrat, setContrat] = useState<Contrat | null>(existante?.contrat ?? null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [saisir, { loading }] = useMutation(saisirEnqueteMutation, { refetchQueries: ["FermetureActions"], awaitRefetchQueries: true });
  const titre = MOMENTS.find((m) => m.code === moment)!.titre;
  const nom = `${stagiaire.nom} ${stagiaire.prenom}`;
  return (
    <DialogueFormulaire
      declencheur={existante ? "Modifier" : "Saisir"}
      declencheurNom={`${existante ? "Modifier" : "Saisir"} : ${titre.toLowerCase()} de ${nom}`}
      titre={`Fiche de suivi — ${titre} — ${nom}`}
      secondaire={Boolean(existante)}
      erreur={erreur}
      enCours={loading}
      onOuverture={(ouvert) => {
        if (!ouvert) return;
        setSituation(existante?.situation ?? null);
        setContrat(existante?.contrat ?? null);
        setErreur(null);
      }}
      onValider={async () => {
        const refus = verifierEnquete(stagiaire.dateSortie, moment, situation, situation === "AUTRE_SITUATION" ? null : contrat, aujourdhuiParis());
        setErreur(refus);
        if (refus || !situation) return false;
        try {
          await saisir({ variables: { input: { stagiaireId: stagiaire.id, moment, situation, contrat: situation === "AUTRE_SITUATION" ? null : contrat } } });
          onEnregistree(`La fiche de suivi (${titre.toLowerCase()}) de ${nom} a été enregistrée.`);
          return true;
        } catch (error) {
          setErreur(messageErreur(error));
          return false;
        }
      }}
    >
      <fieldset>
        <legend>
          Situation<span aria-hidden="true"> *</span>
        </legend>
        <div className="sigma-radios sigma-radios--colonne">
          {SITUATIONS.map((s) => (
            <label key={s.code}>
              <input type="radio" name={`${id}-situation`} value={s.code} checked={situation === s.code} onChange={() => setSituation(s.code)} /> {s.libelle}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset disabled={situation === "AUTRE_SITUATION"}>
        <legend>Contrat de l'emploi occupé</legend>
        <div className="sigma-radios">
          {CONTRATS.map((c) => (
            <label key={c.code}>
              <input type="radio" name={`${id}-contrat`} value={c.code} checked={situation !== "AUTRE_SITUATION" && contrat === c.code} onChange={() => setContrat(c.code)} /> {c.libelle}
            </label>
          ))}
        </div>
      </fieldset>
    </DialogueFormulaire>
  );
}
