import { useMutation } from "@apollo/client/react";
import { ChampDate } from "@sigma/ui-kit/components/champ-date";
import { Erreur } from "@sigma/ui-kit/components/status";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { aucuneErreur, type Erreurs } from "@sigma/ui-kit/lib/saisie";
import { useState } from "react";
import { graphql } from "../../../gql";
import { validerDates } from "../lib/validation";
import type { Demande } from "./demande-page";

const enregistrerDatesMutation = graphql(/* GraphQL */ `
  mutation EnregistrerDates($demandeId: ID!, $dates: DatesInput!) {
    enregistrerDates(demandeId: $demandeId, dates: $dates) {
      id
      lignes {
        intitule
        avant
        apres
      }
    }
  }
`);

/** Seed 003 § 2: « DATES » (current and new) and « LISTE DES COMPOSANTES » with their new dates. */
export function EditeurDates({ demande, onEnregistree }: { demande: Demande; onEnregistree: () => void }) {
  const a = demande.action;
  const [dateDebutPrevue, setDebutPrevue] = useState<string | null>(null);
  const [dateDebutReelle, setDebutReelle] = useState<string | null>(null);
  const [dateFinPrevue, setFinPrevue] = useState<string | null>(null);
  const [composantes, setComposantes] = useState(a.composantes.map((c) => ({ id: c.id, numero: c.numero, dateDebut: null as string | null, dateFin: null as string | null })));
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const [enregistrer, enregistrement] = useMutation(enregistrerDatesMutation);
  const envoyer = async () => {
    const e = validerDates({ dateDebutPrevue, dateFinPrevue, composantes }, a);
    setErreurs(e);
    if (!aucuneErreur(e)) return;
    const resultat = await enregistrer({
      variables: {
        demandeId: demande.id,
        dates: {
          dateDebutPrevue,
          dateDebutReelle,
          dateFinPrevue,
          composantes: composantes.filter((c) => c.dateDebut && c.dateFin).map((c) => ({ composanteId: c.id, dateDebut: c.dateDebut!, dateFin: c.dateFin! })),
        },
      },
      refetchQueries: ["DemandeModification"],
      awaitRefetchQueries: true,
    }).catch(() => null);
    if (resultat?.data) onEnregistree();
  };
  const setComposante = (index: number, champ: "dateDebut" | "dateFin") => (valeur: string | null) =>
    setComposantes((l) => l.map((c, i) => (i === index ? { ...c, [champ]: valeur } : c)));
  return (
    <form
      className="sigma-formulaire"
      aria-labelledby="dates-titre"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void envoyer();
      }}
    >
      <h3 id="dates-titre">Dates</h3>
      <div className="sigma-grille">
        <p>Date de début prévue actuelle : {formatDate(a.dateDebutPrevue)}</p>
        <ChampDate label="Nouvelle date de début prévue" name="dateDebutPrevue" valeur={dateDebutPrevue} onChange={setDebutPrevue} aide="jj/mm/aaaa" erreur={erreurs.dateDebutPrevue} />
        {a.dateDebutReelle ? (
          <>
            <p>Date de début réelle actuelle : {formatDate(a.dateDebutReelle)}</p>
            <ChampDate label="Nouvelle date de début réelle" name="dateDebutReelle" valeur={dateDebutReelle} onChange={setDebutReelle} aide="jj/mm/aaaa" />
          </>
        ) : null}
        <p>Date de fin prévue actuelle : {formatDate(a.dateFinPrevue)}</p>
        <ChampDate label="Nouvelle date de fin prévue" name="dateFinPrevue" valeur={dateFinPrevue} onChange={setFinPrevue} aide="jj/mm/aaaa" erreur={erreurs.dateFinPrevue} />
      </div>
      <h3>Liste des composantes</h3>
      {a.composantes.map((c, index) => (
        <fieldset key={c.id}>
          <legend>{`${c.numero} ${c.intitule}`}</legend>
          <p>
            Dates actuelles : du {formatDate(c.dateDebut)} au {formatDate(c.dateFin)}
          </p>
          <div className="sigma-grille">
            <ChampDate label={`Nouvelle date de début (composante ${c.numero})`} name={`c${c.id}-debut`} valeur={composantes[index]!.dateDebut} onChange={setComposante(index, "dateDebut")} />
            <ChampDate
              label={`Nouvelle date de fin (composante ${c.numero})`}
              name={`c${c.id}-fin`}
              valeur={composantes[index]!.dateFin}
              onChange={setComposante(index, "dateFin")}
              erreur={erreurs[`composantes.${index}`]}
            />
          </div>
        </fieldset>
      ))}
      {enregistrement.error ? <Erreur error={enregistrement.error} /> : null}
      <div className="sigma-actions">
        <button type="submit" className="sigma-bouton" disabled={enregistrement.loading}>
          Enregistrer et passer à l'étape suivante
        </button>
      </div>
    </form>
  );
}
