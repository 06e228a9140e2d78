import { useMutation } from "@apollo/client/react";
import { ChampDate } from "@sigma/ui-kit/components/champ-date";
import { Choix, OuiNon } from "@sigma/ui-kit/components/choix";
import { ConfirmationControlee } from "@sigma/ui-kit/components/confirmation-controlee";
import { Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { aucuneErreur, type Erreurs } from "@sigma/ui-kit/lib/saisie";
import { useState } from "react";
import { graphql } from "../../../gql";
import type { MotifSortie, StagiaireFicheFragment } from "../../../gql/graphql";
import { MOTIFS_SORTIE } from "../lib/libelles";
import { validerSortie } from "../lib/validation";

const declarerSortieMutation = graphql(/* GraphQL */ `
  mutation DeclarerSortie($input: SortieInput!) {
    declarerSortie(input: $input) {
      id
      dateSortie
      finFormation
      motifSortie
      libelleMotifSortie
    }
  }
`);

/** Seed 001 § 3.5: « Date de sortie », « Fin de formation : oui / non », « Sortie anticipée » and its reason. */
export function SortieStagiaire({ stagiaire }: { stagiaire: StagiaireFicheFragment }) {
  const [dateSortie, setDateSortie] = useState<string | null>(null);
  const [finFormation, setFinFormation] = useState<boolean | null>(null);
  const [motif, setMotif] = useState("");
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const [confirmer, setConfirmer] = useState(false);
  const [fait, setFait] = useState(false);
  const [declarer, declaration] = useMutation(declarerSortieMutation, { refetchQueries: ["InscriptionStagiaires", "FicheStagiaire"] });
  const nom = `${stagiaire.nom.toUpperCase()} ${stagiaire.prenom}`;
  if (stagiaire.dateSortie) {
    return (
      <section aria-labelledby="sortie-titre">
        <h2 id="sortie-titre">Sortie de formation</h2>
        {fait ? <Confirmation>{`La sortie de ${nom} a été enregistrée.`}</Confirmation> : null}
        <p>
          Sorti(e) le <strong>{formatDate(stagiaire.dateSortie)}</strong> : {stagiaire.finFormation ? "fin de formation" : `sortie anticipée — ${stagiaire.libelleMotifSortie ?? ""}`}.
        </p>
      </section>
    );
  }
  if (!stagiaire.dateEntree) return null;
  return (
    <section aria-labelledby="sortie-titre">
      <h2 id="sortie-titre">Sortie de formation</h2>
      <form
        className="sigma-formulaire"
        aria-labelledby="sortie-titre"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const errs = validerSortie({ dateSortie, finFormation, motif }, stagiaire.dateEntree ?? null);
          setErreurs(errs);
          if (aucuneErreur(errs)) setConfirmer(true);
        }}
      >
        <p>Date d'entrée : {formatDate(stagiaire.dateEntree)}</p>
        <div className="sigma-grille">
          <ChampDate label="Date de sortie" name="dateSortie" isRequired valeur={dateSortie} onChange={setDateSortie} aide="jj/mm/aaaa" erreur={erreurs.dateSortie} />
          <OuiNon legende="Fin de formation" name="finFormation" required valeur={finFormation} onChange={setFinFormation} erreur={erreurs.finFormation} />
          {finFormation === false ? (
            <Choix label="Sortie anticipée" name="motifSortie" required options={MOTIFS_SORTIE} valeur={motif} onChange={setMotif} erreur={erreurs.motifSortie} />
          ) : null}
        </div>
        {declaration.error ? <Erreur error={declaration.error} /> : null}
        <div className="sigma-actions">
          <button type="submit" className="sigma-bouton" disabled={declaration.loading}>
            Déclarer la sortie
          </button>
        </div>
        <ConfirmationControlee
          ouvert={confirmer}
          onFermer={() => setConfirmer(false)}
          onConfirmer={() =>
            void declarer({
              variables: {
                input: { stagiaireId: stagiaire.id, dateSortie: dateSortie!, finFormation: finFormation!, motifSortie: finFormation ? null : (motif as MotifSortie) },
              },
            }).then(
              () => setFait(true),
              () => undefined,
            )
          }
        >
          {`Souhaitez-vous vraiment déclarer la sortie de ${nom} au ${formatDate(dateSortie)} (${finFormation ? "fin de formation" : "sortie anticipée"}) ?`}
        </ConfirmationControlee>
      </form>
    </section>
  );
}
