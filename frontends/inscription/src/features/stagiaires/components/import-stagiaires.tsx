import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useMutation, useQuery } from "@apollo/client/react";
import { Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { useId, useState } from "react";
import { Link, useParams } from "react-router";
import { getFragmentData, graphql } from "../../../gql";
import { validerFichier } from "../lib/validation";

const actionImportQuery = graphql(/* GraphQL */ `
  query ActionImport($id: ID!) {
    actionParId(id: $id) {
      id
      numero
      intitule
    }
  }
`);

const importerMutation = graphql(/* GraphQL */ `
  mutation ImporterStagiaires($actionId: ID!, $csv: String!, $partiel: Boolean!) {
    importerStagiaires(actionId: $actionId, csv: $csv, partiel: $partiel) {
      ...RapportImportStagiaires
    }
  }
`);

export const rapportFragment = graphql(/* GraphQL */ `
  fragment RapportImportStagiaires on RapportImport {
    __typename
    importe
    lignesAcceptees
    lignesRefusees {
      ligne
      motif
    }
  }
`);

export const COLONNES_CSV =
  "civilite;nom;prenom;dateNaissance;sexe;nationalite;categorieSocioProfessionnelle;adresse;autreAdresse;codePostal;ville;adresseFormation;autreAdresseFormation;codePostalFormation;villeFormation;codeInsee;dateEntree;organismeRemuneration;niveauEntree;trancheAge;dureeChomage;prescripteur;beneficiaireRmi;travailleurHandicape;parcoursEnvisage;heuresCentre;heuresEntreprise;nombrePeriodesEntreprise;modulesEnseignementGeneral;modulesEnseignementProfessionnel;objectifsPeriodesEntreprise;objectifsFormation;vaeEnvisagee;dateDebutParcours;dateFinParcours";

/** « Importer un fichier CSV » of trainees for one action, and the server's report line by line. */
export function ImportStagiaires() {
  const { actionId = "" } = useParams();
  const id = useId();
  const { data, loading, error } = useQuery(actionImportQuery, { variables: { id: actionId }, fetchPolicy: SANS_CACHE });
  const [fichier, setFichier] = useState<{ nom: string; contenu: string } | null>(null);
  const [partiel, setPartiel] = useState(false);
  const [erreur, setErreur] = useState<string | null>(null);
  const [importer, importation] = useMutation(importerMutation, { refetchQueries: ["InscriptionStagiaires"] });
  if (loading && !data) return <Chargement>Chargement de l'action…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const action = data?.actionParId;
  if (!action) return <Erreur>Action introuvable.</Erreur>;
  const rapport = getFragmentData(rapportFragment, importation.data?.importerStagiaires);
  return (
    <section aria-labelledby="import-titre">
      <p className="sigma-fil">
        <Link to="/inscription">Inscription</Link> » {action.numero}
      </p>
      <h2 id="import-titre">Import de stagiaires (fichier CSV)</h2>
      <p>
        Action <strong>{action.numero}</strong> — {action.intitule}
      </p>
      <details>
        <summary>Format du fichier</summary>
        <p>
          Fichier CSV séparé par des points-virgules ; la première ligne nomme les colonnes (nom et prenom obligatoires) ; dates jj/mm/aaaa, heures 10,50,
          oui/non, listes par leur code ; 500 lignes et 90000 caractères au plus. Rien n'est enregistré si une ligne est refusée.
        </p>
        <p className="sigma-discret" style={{ overflowWrap: "anywhere" }}>
          Colonnes : {COLONNES_CSV}
        </p>
      </details>
      <form
        className="sigma-formulaire"
        aria-labelledby="import-titre"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const probleme = validerFichier(fichier?.nom ?? null, fichier?.contenu ?? null);
          setErreur(probleme);
          if (!probleme) void importer({ variables: { actionId: action.id, csv: fichier!.contenu, partiel } }).catch(() => undefined);
        }}
      >
        <div className="sigma-champ">
          <label htmlFor={`${id}-fichier`}>
            Fichier CSV<span aria-hidden="true"> *</span>
          </label>
          <input
            id={`${id}-fichier`}
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-invalid={erreur ? true : undefined}
            aria-describedby={erreur ? `${id}-erreur` : undefined}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              setFichier(file ? { nom: file.name, contenu: await file.text() } : null);
            }}
          />
          {fichier ? <span className="sigma-champ__aide">{`Fichier choisi : ${fichier.nom} (${fichier.contenu.length} caractères)`}</span> : null}
          {erreur ? (
            <span id={`${id}-erreur`} className="sigma-champ__erreur">
              {erreur}
            </span>
          ) : null}
        </div>
        <label className="sigma-case">
          <input type="checkbox" checked={partiel} onChange={(e) => setPartiel(e.target.checked)} /> Accepter les fiches incomplètes (inscriptions en attente)
        </label>
        {importation.error ? <Erreur error={importation.error} /> : null}
        <div className="sigma-actions">
          <button type="submit" className="sigma-bouton" disabled={importation.loading}>
            Importer
          </button>
          <Link to="/inscription">Retour</Link>
        </div>
      </form>
      {rapport ? <RapportImport rapport={rapport} /> : null}
    </section>
  );
}

export function RapportImport({ rapport }: { rapport: { importe: boolean; lignesAcceptees: readonly number[]; lignesRefusees: readonly { ligne: number; motif: string }[] } }) {
  return (
    <section aria-labelledby="rapport-titre">
      <h3 id="rapport-titre">Compte rendu de l'import</h3>
      {rapport.importe ? (
        <Confirmation>{`${rapport.lignesAcceptees.length} stagiaire(s) importé(s) (lignes ${rapport.lignesAcceptees.join(", ")}).`}</Confirmation>
      ) : (
        <Erreur>{`Aucune ligne n'a été enregistrée : ${rapport.lignesRefusees.length} ligne(s) refusée(s). Corrigez-les puis importez à nouveau le fichier.`}</Erreur>
      )}
      {rapport.lignesRefusees.length ? (
        <table className="sigma-table" aria-labelledby="rapport-titre">
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Motif du refus</th>
            </tr>
          </thead>
          <tbody>
            {rapport.lignesRefusees.map((l) => (
              <tr key={l.ligne}>
                <th scope="row">{l.ligne}</th>
                <td>{l.motif}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {!rapport.importe && rapport.lignesAcceptees.length ? <p className="sigma-discret">Lignes sans erreur : {rapport.lignesAcceptees.join(", ")}.</p> : null}
    </section>
  );
}
