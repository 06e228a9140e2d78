import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useMutation, useQuery } from "@apollo/client/react";
import { ChampDate } from "@sigma/ui-kit/components/champ-date";
import { ConfirmationControlee } from "@sigma/ui-kit/components/confirmation-controlee";
import { Avertissement, Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { CODE_STATUT_ACTION, LIBELLE_STATUT_ACTION } from "@sigma/ui-kit/lib/libelles";
import { aucuneErreur, type Erreurs } from "@sigma/ui-kit/lib/saisie";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { graphql } from "../../../gql";
import type { FrequencePaiement } from "../../../gql/graphql";
import { FREQUENCES, premiereEntree, validerOuverture } from "../lib/validation";

const detailOuvertureQuery = graphql(/* GraphQL */ `
  query DetailOuverture($numero: String!) {
    action(numero: $numero) {
      id
      numero
      intitule
      type
      statut
      dateDebutPrevue
      dateDebutReelle
      frequencePaiement
      motifNonOuverture
      stagiaires {
        id
        dateEntree
      }
    }
  }
`);

const ouvrirMutation = graphql(/* GraphQL */ `
  mutation OuvrirAction($input: OuvertureInput!) {
    ouvrirAction(input: $input) {
      id
      statut
      dateDebutReelle
      frequencePaiement
    }
  }
`);

const nonOuvertureMutation = graphql(/* GraphQL */ `
  mutation DeclarerNonOuverture($actionId: ID!, $motif: String) {
    declarerNonOuverture(actionId: $actionId, motif: $motif) {
      id
      statut
      motifNonOuverture
    }
  }
`);

/**
 * Seed 003 step 3: « DÉTAIL DE L'OUVERTURE » — date de début réelle and fréquence de paiement,
 * « Valider le formulaire » with its confirmation, the green message; and the « non ouverture ».
 */
export function DetailOuverture() {
  const { numero = "" } = useParams();
  const { data, loading, error } = useQuery(detailOuvertureQuery, { variables: { numero }, fetchPolicy: SANS_CACHE });
  const [dateReelle, setDateReelle] = useState<string | null>(null);
  const [frequence, setFrequence] = useState<FrequencePaiement | null>("MENSUEL");
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const [confirmer, setConfirmer] = useState<"ouvrir" | "non" | null>(null);
  const [motif, setMotif] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [ouvrir, ouverture] = useMutation(ouvrirMutation, { refetchQueries: ["OuvertureActions", "DetailOuverture"], awaitRefetchQueries: true });
  const [declarer, nonOuverture] = useMutation(nonOuvertureMutation, { refetchQueries: ["OuvertureActions", "DetailOuverture"], awaitRefetchQueries: true });
  if (loading && !data) return <Chargement>Chargement de l'action…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const action = data?.action;
  if (!action) return <Erreur>Action introuvable : {numero}.</Erreur>;
  const entree = premiereEntree(action.stagiaires ?? []);
  const enAttente = action.statut === "AO";
  return (
    <section aria-labelledby="ouverture-detail">
      <p className="sigma-fil">
        <Link to="/ouverture">Ouverture</Link> » {action.numero}
      </p>
      <h2 id="ouverture-detail">Détail de l'ouverture</h2>
      <p>
        <strong>{action.numero}</strong> — {action.intitule} — statut{" "}
        {action.statut ? <abbr title={LIBELLE_STATUT_ACTION[action.statut]}>{CODE_STATUT_ACTION[action.statut]}</abbr> : "—"}
      </p>
      {message ? <Confirmation>{message}</Confirmation> : null}
      {enAttente ? (
        <>
          <p className="sigma-obligatoires">Les champs obligatoires sont marqués par un *.</p>
          <form
            className="sigma-formulaire"
            aria-labelledby="ouverture-detail"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setMessage(null);
              const errs = validerOuverture(dateReelle, frequence, { type: action.type, dateDebutPrevue: action.dateDebutPrevue, premiereEntree: entree });
              setErreurs(errs);
              if (aucuneErreur(errs)) setConfirmer("ouvrir");
            }}
          >
            <p>
              Date de début prévue : <strong>{formatDate(action.dateDebutPrevue)}</strong>
            </p>
            <p>
              {entree ? (
                <>
                  Date d'entrée du premier stagiaire : <strong>{formatDate(entree)}</strong>
                </>
              ) : (
                <>
                  Aucun stagiaire n'est encore inscrit avec sa date d'entrée : <Link to="/inscription">inscrire les stagiaires</Link>.
                </>
              )}
            </p>
            <ChampDate
              label="Date de début réelle"
              name="dateDebutReelle"
              valeur={dateReelle}
              onChange={setDateReelle}
              isRequired
              aide="jj/mm/aaaa — la date d'entrée du premier stagiaire."
              erreur={erreurs.dateDebutReelle}
            />
            <fieldset aria-describedby={erreurs.frequencePaiement ? "frequence-erreur" : undefined}>
              <legend>Fréquence de paiement *</legend>
              <div className="sigma-radios">
                {FREQUENCES.map((f) => (
                  <label key={f.valeur}>
                    <input type="radio" name="frequence" value={f.valeur} checked={frequence === f.valeur} onChange={() => setFrequence(f.valeur)} /> {f.libelle}
                  </label>
                ))}
              </div>
              {erreurs.frequencePaiement ? (
                <span id="frequence-erreur" className="sigma-champ__erreur">
                  {erreurs.frequencePaiement}
                </span>
              ) : null}
            </fieldset>
            <Avertissement>Une fois la date d'ouverture réelle renseignée, il n'est plus possible de mettre l'action au statut « en attente d'ouverture ».</Avertissement>
            {ouverture.error ? <Erreur error={ouverture.error} /> : null}
            <div className="sigma-actions">
              <Link to={`/actions/${encodeURIComponent(action.numero)}`}>Retour à la gestion de l'action de formation</Link>
              <button type="submit" className="sigma-bouton" disabled={ouverture.loading}>
                Valider le formulaire
              </button>
            </div>
          </form>
          <form
            className="sigma-formulaire sigma-bloc-action"
            aria-labelledby="non-ouverture-titre"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setMessage(null);
              setConfirmer("non");
            }}
          >
            <h3 id="non-ouverture-titre">Non-ouverture de l'action</h3>
            <div className="sigma-champ">
              <label htmlFor="motif-non-ouverture">Motif de la non-ouverture</label>
              <textarea id="motif-non-ouverture" rows={2} value={motif} onChange={(e) => setMotif(e.target.value)} />
            </div>
            {nonOuverture.error ? <Erreur error={nonOuverture.error} /> : null}
            <div className="sigma-actions">
              <button type="submit" className="sigma-bouton sigma-bouton--secondaire" disabled={nonOuverture.loading}>
                Déclarer la non-ouverture
              </button>
            </div>
          </form>
          <ConfirmationControlee
            ouvert={confirmer !== null}
            onFermer={() => setConfirmer(null)}
            onConfirmer={() => {
              if (confirmer === "ouvrir") {
                void ouvrir({ variables: { input: { actionId: action.id, dateDebutReelle: dateReelle!, frequencePaiement: frequence! } } }).then(
                  () => setMessage("L'action a été ouverte : elle passe du statut « en attente d'ouverture » au statut « en cours »."),
                  () => undefined,
                );
              } else {
                void declarer({ variables: { actionId: action.id, motif: motif.trim() || null } }).then(
                  () => setMessage("La non-ouverture de l'action a été déclarée."),
                  () => undefined,
                );
              }
            }}
          >
            {confirmer === "ouvrir"
              ? `Souhaitez-vous vraiment ouvrir l'action ${action.numero} au ${formatDate(dateReelle)} (fréquence de paiement : ${FREQUENCES.find((f) => f.valeur === frequence)?.libelle}) ? L'ouverture déclenche la facture d'avance ; l'action ne pourra plus revenir en attente d'ouverture.`
              : `Souhaitez-vous vraiment déclarer la non-ouverture de l'action ${action.numero} ? Cette déclaration est définitive.`}
          </ConfirmationControlee>
        </>
      ) : (
        <dl>
          <dt>Date de début réelle</dt>
          <dd>{formatDate(action.dateDebutReelle) || "-"}</dd>
          <dt>Fréquence de paiement</dt>
          <dd>{FREQUENCES.find((f) => f.valeur === action.frequencePaiement)?.libelle ?? "-"}</dd>
          {action.motifNonOuverture ? (
            <>
              <dt>Motif de la non-ouverture</dt>
              <dd>{action.motifNonOuverture}</dd>
            </>
          ) : null}
        </dl>
      )}
      <p>
        <Link to="/ouverture">Retour à la liste des actions</Link>
      </p>
    </section>
  );
}
