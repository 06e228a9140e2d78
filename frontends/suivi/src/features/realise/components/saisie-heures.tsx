import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useMutation, useQuery } from "@apollo/client/react";
import { Champ } from "@sigma/ui-kit/components/champ";
import { ChampDate } from "@sigma/ui-kit/components/champ-date";
import { Choix, OuiNon } from "@sigma/ui-kit/components/choix";
import { Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { aucuneErreur, libelleMois, versSaisie, type Erreurs } from "@sigma/ui-kit/lib/saisie";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { graphql } from "../../../gql";
import type { SaisieHeuresQuery } from "../../../gql/graphql";
import { COLONNES_HEURES, validerSaisie, versSaisieInput, type Absence, type SaisieHeures as Saisie } from "../lib/heures";

const saisieQuery = graphql(/* GraphQL */ `
  query SaisieHeures($actionId: ID!, $mois: String!, $stagiaireId: ID!) {
    stagiaire(id: $stagiaireId) {
      id
      nom
      prenom
      dateEntree
      dateSortie
    }
    declaration(actionId: $actionId, mois: $mois) {
      id
      libelle
      saisieOuverte
      lignes {
        stagiaire {
          id
        }
        heuresRealiseesCentre
        heuresNonRealiseesJustifieesCentre
        heuresNonRealiseesNonJustifieesCentre
        heuresRealiseesEntreprise
        heuresNonRealiseesJustifieesEntreprise
        heuresNonRealiseesNonJustifieesEntreprise
        absences {
          dateDebut
          dateFin
          motif
          lieu
          justifiee
          heures
        }
      }
    }
  }
`);

const saisirMutation = graphql(/* GraphQL */ `
  mutation SaisirHeures($input: SaisieHeuresInput!) {
    saisirHeures(input: $input) {
      id
      totalHeures
    }
  }
`);

/** Seed 001 § 3.5 « Saisie des heures » of one trainee for one month: « Suivi horaire » and the absence periods. */
export function SaisieHeures() {
  const { actionId = "", mois = "", stagiaireId = "" } = useParams();
  const { data, loading, error } = useQuery(saisieQuery, { variables: { actionId, mois, stagiaireId }, fetchPolicy: SANS_CACHE });
  if (loading && !data) return <Chargement>Chargement de la saisie…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  if (!data?.stagiaire || !data.declaration) return <Erreur>Stagiaire ou déclaration introuvable.</Erreur>;
  return <Formulaire key={`${stagiaireId}-${mois}`} actionId={actionId} mois={mois} stagiaire={data.stagiaire} declaration={data.declaration} />;
}

type Donnees = NonNullable<SaisieHeuresQuery["declaration"]>;

function Formulaire({ actionId, mois, stagiaire, declaration }: { actionId: string; mois: string; stagiaire: NonNullable<SaisieHeuresQuery["stagiaire"]>; declaration: Donnees }) {
  const ligne = declaration.lignes.find((l) => l.stagiaire.id === stagiaire.id);
  const [saisie, setSaisie] = useState<Saisie>(
    Object.fromEntries(COLONNES_HEURES.map(({ champ }) => [champ, ligne ? versSaisie(ligne[champ]) : ""])) as Saisie,
  );
  const [absences, setAbsences] = useState<Absence[]>(
    (ligne?.absences ?? []).map((a) => ({ dateDebut: a.dateDebut, dateFin: a.dateFin, motif: a.motif, lieu: a.lieu, justifiee: a.justifiee, heures: versSaisie(a.heures) })),
  );
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const [fait, setFait] = useState(false);
  const [saisir, enregistrement] = useMutation(saisirMutation, { refetchQueries: ["DeclarationMois", "SuiviActions"] });
  const nom = `${stagiaire.nom.toUpperCase()} ${stagiaire.prenom}`;
  const setAbsence = (i: number, patch: Partial<Absence>) => setAbsences((l) => l.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  // Back to the section's recap on this month (three path segments up), wherever the shell mounts the section.
  const retour = { pathname: "../../..", search: `?mois-${actionId}=${mois}` };
  return (
    <section aria-labelledby="saisie-titre">
      <p className="sigma-fil">
        <Link to={retour} relative="path">Suivi des réalisations</Link> » Saisie des heures
      </p>
      <h2 id="saisie-titre">Saisie des heures — {libelleMois(mois, true)}</h2>
      <h3>Stagiaire</h3>
      <p>
        Nom : <strong>{stagiaire.nom.toUpperCase()}</strong> Prénom : <strong>{stagiaire.prenom}</strong>
        <br />
        Date d'entrée : {formatDate(stagiaire.dateEntree)} — Date de sortie : {formatDate(stagiaire.dateSortie) || "-"}
      </p>
      {fait ? <Confirmation>{`Les heures de ${nom} pour ${libelleMois(mois, true)} ont été enregistrées.`}</Confirmation> : null}
      {!declaration.saisieOuverte ? <p className="sigma-message sigma-message--avertissement">Les heures de {libelleMois(mois, true)} ne peuvent plus être saisies.</p> : null}
      <form
        className="sigma-formulaire"
        aria-labelledby="saisie-titre"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setFait(false);
          const errs = validerSaisie(mois, saisie, absences, stagiaire);
          setErreurs(errs);
          if (!aucuneErreur(errs)) return;
          void saisir({ variables: { input: versSaisieInput(stagiaire.id, mois, saisie, absences) } }).then(
            () => setFait(true),
            () => undefined,
          );
        }}
      >
        <fieldset>
          <legend>Suivi horaire — {libelleMois(mois, true)}</legend>
          <div className="sigma-grille">
            {COLONNES_HEURES.map(({ champ, titre }) => (
              <Champ
                key={champ}
                label={titre}
                name={champ}
                inputMode="decimal"
                aide="ex. 41 ou 10,50"
                value={saisie[champ]}
                onChange={(e) => setSaisie((s) => ({ ...s, [champ]: e.target.value }))}
                erreur={erreurs[champ]}
              />
            ))}
          </div>
          {erreurs.total ? <p className="sigma-champ__erreur">{erreurs.total}</p> : null}
        </fieldset>
        <fieldset>
          <legend>Périodes d'absence</legend>
          <p className="sigma-discret">
            En cas d'heures non réalisées, précisez les périodes d'absence et leur motif. Les justificatifs des heures non réalisées justifiées sont à faire parvenir
            à la Région.
          </p>
          {absences.map((a, i) => (
            <fieldset key={i} className="sigma-bloc-action">
              <legend>{`Période d'absence ${i + 1}`}</legend>
              <div className="sigma-grille">
                <ChampDate label={`Date début période (${i + 1})`} name={`absence-${i}-debut`} isRequired valeur={a.dateDebut} onChange={(d) => setAbsence(i, { dateDebut: d })} />
                <ChampDate label={`Date fin période (${i + 1})`} name={`absence-${i}-fin`} isRequired valeur={a.dateFin} onChange={(d) => setAbsence(i, { dateFin: d })} />
                <Champ label={`Motif d'absence (${i + 1})`} name={`absence-${i}-motif`} required value={a.motif} onChange={(e) => setAbsence(i, { motif: e.target.value })} />
                <Choix
                  label={`Lieu d'absence (${i + 1})`}
                  name={`absence-${i}-lieu`}
                  required
                  vide={null}
                  options={[
                    { valeur: "CENTRE", libelle: "En centre" },
                    { valeur: "ENTREPRISE", libelle: "En entreprise" },
                  ]}
                  valeur={a.lieu}
                  onChange={(v) => setAbsence(i, { lieu: v as Absence["lieu"] })}
                />
                <OuiNon legende={`Absence justifiée (${i + 1})`} name={`absence-${i}-justifiee`} required valeur={a.justifiee} onChange={(v) => setAbsence(i, { justifiee: v })} />
                <Champ label={`Nombre d'heures d'absence (${i + 1})`} name={`absence-${i}-heures`} required inputMode="decimal" value={a.heures} onChange={(e) => setAbsence(i, { heures: e.target.value })} />
              </div>
              {erreurs[`absences.${i}`] ? <p className="sigma-champ__erreur">{erreurs[`absences.${i}`]}</p> : null}
              <button type="button" className="sigma-lien-bouton" onClick={() => setAbsences((l) => l.filter((_, j) => j !== i))}>
                Supprimer la période d'absence {i + 1}
              </button>
            </fieldset>
          ))}
          {erreurs.absences ? <p className="sigma-champ__erreur">{erreurs.absences}</p> : null}
          <p>
            <button
              type="button"
              className="sigma-bouton sigma-bouton--secondaire"
              onClick={() => setAbsences((l) => [...l, { dateDebut: null, dateFin: null, motif: "", lieu: "CENTRE", justifiee: null, heures: "" }])}
            >
              Ajouter une période d'absence
            </button>
          </p>
        </fieldset>
        {enregistrement.error ? <Erreur error={enregistrement.error} /> : null}
        <div className="sigma-actions">
          <button type="submit" className="sigma-bouton" disabled={enregistrement.loading || !declaration.saisieOuverte}>
            Enregistrer
          </button>
          <Link to={retour} relative="path">Retour</Link>
        </div>
      </form>
    </section>
  );
}
