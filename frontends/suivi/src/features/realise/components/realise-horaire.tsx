import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useMutation, useQuery } from "@apollo/client/react";
import { Choix } from "@sigma/ui-kit/components/choix";
import { DialogueConfirmation } from "@sigma/ui-kit/components/dialogue-confirmation";
import { nombreDePages, Pagination } from "@sigma/ui-kit/components/pagination";
import { Avertissement, Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { graphql } from "../../../gql";
import { LIBELLE_ETAT_DECLARATION } from "../lib/heures";
import { TableauRealise } from "./tableau-realise";

const suiviActionsQuery = graphql(/* GraphQL */ `
  query SuiviActions($page: Int, $parPage: Int) {
    listeActionsParStatut(statuts: [EC], page: $page, parPage: $parPage) {
      total
      page
      parPage
      nodes {
        id
        numero
        intitule
        financementFse
        declarations {
          id
          mois
          libelle
          etat
        }
      }
    }
  }
`);

const declarationQuery = graphql(/* GraphQL */ `
  query DeclarationMois($actionId: ID!, $mois: String!) {
    declaration(actionId: $actionId, mois: $mois) {
      id
      mois
      libelle
      etat
      confirmable
      saisieOuverte
      confirmeeLe
      dateLimiteConfirmation
      ...RecapDeclaration
    }
  }
`);

const confirmerMutation = graphql(/* GraphQL */ `
  mutation ConfirmerDeclaration($actionId: ID!, $mois: String!) {
    confirmerDeclaration(actionId: $actionId, mois: $mois) {
      id
      etat
      confirmeeLe
    }
  }
`);

/** The running actions, each with seed 001 § 3.5's « Tableau récapitulatif du réalisé horaire de l'action » for a month. */
export function RealiseHoraire() {
  // The running actions come from the server ten at a time (the largest organismes have thousands).
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error } = useQuery(suiviActionsQuery, { fetchPolicy: SANS_CACHE, variables: { page, parPage: PAR_PAGE } });
  const liste = (data ?? previousData)?.listeActionsParStatut;
  if (loading && !liste) return <Chargement>Chargement des actions en cours…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const enCours = liste?.nodes ?? [];
  return (
    <section aria-labelledby="suivi-realise" aria-busy={loading || undefined}>
      <h2 id="suivi-realise">Réalisé horaire de l'action</h2>
      {liste && liste.total > PAR_PAGE ? <p className="sigma-tableau__nombre">{`Nombre d'actions en cours : ${liste.total}`}</p> : null}
      {enCours.length === 0 ? <p className="sigma-vide">Aucune action en cours.</p> : null}
      {enCours.map((action) => (
        <BlocAction key={action.id} action={{ ...action, declarations: action.declarations ?? [] }} />
      ))}
      {liste ? <Pagination titre="Réalisé horaire de l'action" page={liste.page} pages={nombreDePages(liste.total, liste.parPage)} onPage={setPage} /> : null}
    </section>
  );
}

const PAR_PAGE = 10;

type ActionSuivi = { id: string; numero: string; intitule: string; financementFse: boolean; declarations: readonly { mois: string; libelle: string; etat: keyof typeof LIBELLE_ETAT_DECLARATION }[] };

/** The month shown first: the oldest one not confirmed (the one to enter or confirm), else the latest. */
export function moisParDefaut(declarations: ActionSuivi["declarations"]): string | null {
  return declarations.find((d) => d.etat !== "CONFIRMEE")?.mois ?? declarations.at(-1)?.mois ?? null;
}

function BlocAction({ action }: { action: ActionSuivi }) {
  const [recherche, setRecherche] = useSearchParams();
  const cle = `mois-${action.id}`;
  const mois = recherche.get(cle) ?? moisParDefaut(action.declarations);
  return (
    <div className="sigma-bloc-action">
      <h3>
        {action.numero} — {action.intitule}
      </h3>
      {action.declarations.length === 0 || !mois ? (
        <p className="sigma-vide">Aucun mois à déclarer pour cette action.</p>
      ) : (
        <>
          <Choix
            label={`Mois déclaré (${action.numero})`}
            name={cle}
            vide={null}
            options={action.declarations.map((d) => ({ valeur: d.mois, libelle: `${d.libelle} — ${LIBELLE_ETAT_DECLARATION[d.etat]}` }))}
            valeur={mois}
            onChange={(v) =>
              setRecherche((r) => {
                r.set(cle, v);
                return r;
              })
            }
          />
          <DeclarationDuMois
            actionId={action.id}
            numero={action.numero}
            mois={mois}
            fse={action.financementFse}
            garderLeMois={() =>
              setRecherche((r) => {
                r.set(cle, mois);
                return r;
              })
            }
          />
        </>
      )}
    </div>
  );
}

/** One month: its recap and its confirmation (the view stays on the confirmed month, not on the next one it opens). */
function DeclarationDuMois({ actionId, numero, mois, fse, garderLeMois }: { actionId: string; numero: string; mois: string; fse: boolean; garderLeMois: () => void }) {
  const { data, loading, error } = useQuery(declarationQuery, { variables: { actionId, mois }, fetchPolicy: SANS_CACHE });
  const [message, setMessage] = useState<string | null>(null);
  const [confirmer, confirmation] = useMutation(confirmerMutation, { refetchQueries: ["SuiviActions", "DeclarationMois"] });
  if (loading && !data) return <Chargement>Chargement de la déclaration…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const d = data?.declaration;
  if (!d) return <p className="sigma-vide">Aucune déclaration pour ce mois.</p>;
  return (
    <>
      <TableauRealise declaration={d} actionId={actionId} numero={numero} fse={fse} />
      {message ? <Confirmation>{message}</Confirmation> : null}
      {confirmation.error ? <Erreur error={confirmation.error} /> : null}
      <p>
        État de la déclaration de {d.libelle} : <strong>{LIBELLE_ETAT_DECLARATION[d.etat]}</strong>
        {d.confirmeeLe ? ` le ${formatDate(d.confirmeeLe)}` : ""}
        {d.etat === "A_CONFIRMER" || d.etat === "EN_COURS" ? ` — à confirmer au plus tard le ${formatDate(d.dateLimiteConfirmation)}.` : "."}
      </p>
      {d.etat === "EN_RETARD" ? (
        <Avertissement>Le délai de confirmation est dépassé : la déclaration se confirmera dans les 15 premiers jours d'un mois suivant, après la fin de la période suivante.</Avertissement>
      ) : null}
      {d.etat !== "CONFIRMEE" ? (
        <div className="sigma-actions">
          <DialogueConfirmation
            declencheur="Confirmer la déclaration"
            isDisabled={!d.confirmable || confirmation.loading}
            onConfirmer={() => {
              setMessage(null);
              garderLeMois();
              void confirmer({ variables: { actionId, mois } }).then(
                () => setMessage(`La déclaration de ${d.libelle} a été confirmée : elle peut faire l'objet d'une facturation.`),
                () => undefined,
              );
            }}
          >
            {`Souhaitez-vous vraiment confirmer la déclaration de réalisation de ${d.libelle} pour l'action ${numero} ? Une fois confirmée, elle ne peut plus être modifiée.`}
          </DialogueConfirmation>
          {!d.confirmable ? <span className="sigma-discret">La déclaration se confirme une fois le mois écoulé, dans les 15 premiers jours du mois suivant.</span> : null}
        </div>
      ) : null}
    </>
  );
}
