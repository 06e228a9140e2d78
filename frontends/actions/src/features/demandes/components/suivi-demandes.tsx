import { useMutation } from "@apollo/client/react";
import { Choix } from "@sigma/ui-kit/components/choix";
import { DialogueConfirmation } from "@sigma/ui-kit/components/dialogue-confirmation";
import { Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { formatDate } from "@sigma/ui-kit/lib/format";
import type { Erreurs } from "@sigma/ui-kit/lib/saisie";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { SuiviDemandesActionFragment, TypeDemandeModification } from "../../../gql/graphql";
import { LIBELLE_ETAT_DEMANDE } from "../lib/validation";
import { Historique } from "./historique";

export const suiviDemandesFragment = graphql(/* GraphQL */ `
  fragment SuiviDemandesAction on Action {
    __typename
    id
    numero
    composantes {
      id
      numero
      intitule
      sessions {
        id
        numero
        dateDebut
        dateFin
      }
    }
    demandesModification {
      id
      type
      libelleType
      etat
      emetteurLibelle
      dateEmission
      observations
      historique {
        ...EvenementHistorique
      }
    }
  }
`);

const nouvelleDemandeMutation = graphql(/* GraphQL */ `
  mutation NouvelleDemandeModification($input: NouvelleDemandeInput!) {
    nouvelleDemandeModification(input: $input) {
      id
      etat
    }
  }
`);

const supprimerDemandeMutation = graphql(/* GraphQL */ `
  mutation SupprimerDemande($demandeId: ID!) {
    supprimerDemande(demandeId: $demandeId)
  }
`);

export const TYPES_DEMANDE: { valeur: TypeDemandeModification; libelle: string }[] = [
  { valeur: "SESSIONS_ET_INFORMATIONS_COLLECTIVES", libelle: "Demande de modification de sessions et informations collectives" },
  { valeur: "DATES", libelle: "Demande de modification de dates" },
];

/** Seed 004's « SUIVI DES DEMANDES DE MODIFICATION », « + Nouvelle demande de modification » and the bin of a draft. */
export function SuiviDemandes({ action: fragment, organisme }: { action: FragmentType<typeof suiviDemandesFragment>; organisme: boolean }) {
  const action = getFragmentData(suiviDemandesFragment, fragment);
  const [nouvelle, setNouvelle] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [supprimer, suppression] = useMutation(supprimerDemandeMutation, { refetchQueries: ["GestionAction"], awaitRefetchQueries: true });
  return (
    <section aria-labelledby="demandes-titre">
      <h3 id="demandes-titre">Suivi des demandes de modification</h3>
      {message ? <Confirmation>{message}</Confirmation> : null}
      {suppression.error ? <Erreur error={suppression.error} /> : null}
      {organisme && !nouvelle ? (
        <p className="sigma-actions">
          <button type="button" className="sigma-bouton" onClick={() => setNouvelle(true)}>
            + Nouvelle demande de modification
          </button>
        </p>
      ) : null}
      {nouvelle ? <NouvelleDemande action={action} onAnnuler={() => setNouvelle(false)} /> : null}
      {action.demandesModification.length === 0 ? (
        <p className="sigma-vide">Aucune demande n'a été trouvée.</p>
      ) : (
        <div className="sigma-table-defilement">
          <table className="sigma-table" aria-label="Suivi des demandes de modification">
            <thead>
              <tr>
                {["Type de la modification", "Nom/Statut de l'émetteur", "Date d'émission", "Etat / Historique", "Observations", "Gestion"].map((t) => (
                  <th key={t} scope="col">
                    {t}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {action.demandesModification.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.libelleType}</th>
                  <td>{d.emetteurLibelle}</td>
                  <td>{formatDate(d.dateEmission) || "-"}</td>
                  <td>
                    <strong>{LIBELLE_ETAT_DEMANDE[d.etat]}</strong>
                    <Historique evenements={d.historique} />
                  </td>
                  <td>{d.observations ?? "-"}</td>
                  <td>
                    <div className="sigma-actions">
                      <Link to={`/actions/${encodeURIComponent(action.numero)}/demandes/${d.id}`}>
                        {d.etat === "EN_ATTENTE_EMISSION" && organisme ? "Compléter la demande" : "Consulter la demande"}
                      </Link>
                      {d.etat === "EN_ATTENTE_EMISSION" && organisme ? (
                        <DialogueConfirmation
                          declencheur="Supprimer la demande"
                          confirmer="OK"
                          onConfirmer={() => {
                            setMessage(null);
                            void supprimer({ variables: { demandeId: d.id } }).then(
                              () => setMessage("La demande de modification a été correctement supprimée."),
                              () => undefined,
                            );
                          }}
                        >
                          Souhaitez-vous vraiment supprimer cette demande de modification en attente d'émission ?
                        </DialogueConfirmation>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type Action = SuiviDemandesActionFragment;

/** « Nouvelle demande de modification »: Choix type de modification, Composante, Session, then Valider. */
function NouvelleDemande({ action, onAnnuler }: { action: Action; onAnnuler: () => void }) {
  const navigate = useNavigate();
  const [type, setType] = useState<string>("");
  const [composanteId, setComposanteId] = useState("");
  const [sessionId, setSessionId] = useState("");
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const [creer, creation] = useMutation(nouvelleDemandeMutation, { refetchQueries: ["GestionAction"] });
  const composante = action.composantes.find((c) => c.id === composanteId);
  const sessions = type === "SESSIONS_ET_INFORMATIONS_COLLECTIVES";
  const valider = async () => {
    const e: Erreurs = {};
    if (!type) e.type = "Choisissez le type de modification.";
    if (sessions && !composanteId) e.composanteId = "Choisissez la composante de la session.";
    setErreurs(e);
    if (Object.keys(e).length) return;
    const resultat = await creer({
      variables: {
        input: {
          actionId: action.id,
          type: type as TypeDemandeModification,
          ...(sessions ? { composanteId } : {}),
          ...(sessions && sessionId ? { sessionId } : {}),
        },
      },
    }).catch(() => null);
    const id = resultat?.data?.nouvelleDemandeModification.id;
    if (id) navigate(`/actions/${encodeURIComponent(action.numero)}/demandes/${id}`);
  };
  return (
    <form
      className="sigma-formulaire sigma-bloc-action"
      aria-labelledby="nouvelle-demande-titre"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void valider();
      }}
    >
      <h4 id="nouvelle-demande-titre">Nouvelle demande de modification</h4>
      <p className="sigma-obligatoires">Les champs obligatoires sont marqués par un *.</p>
      <Choix label="Choix type de modification" name="type" required options={TYPES_DEMANDE} valeur={type} onChange={setType} erreur={erreurs.type} />
      {sessions ? (
        <>
          <Choix
            label="Composante"
            name="composanteId"
            required
            options={action.composantes.map((c) => ({ valeur: c.id, libelle: `${c.numero} ${c.intitule}` }))}
            valeur={composanteId}
            onChange={(v) => {
              setComposanteId(v);
              setSessionId("");
            }}
            erreur={erreurs.composanteId}
          />
          <Choix
            label="Session"
            name="sessionId"
            required
            vide="Ajouter une nouvelle session"
            options={(composante?.sessions ?? []).map((s) => ({ valeur: s.id, libelle: `Session n°${s.numero} - Du ${formatDate(s.dateDebut)} au ${formatDate(s.dateFin)}` }))}
            valeur={sessionId}
            onChange={setSessionId}
          />
        </>
      ) : null}
      {creation.error ? <Erreur error={creation.error} /> : null}
      <div className="sigma-actions">
        <button type="button" className="sigma-bouton sigma-bouton--secondaire" onClick={onAnnuler}>
          Annuler
        </button>
        <button type="submit" className="sigma-bouton" disabled={creation.loading}>
          Valider
        </button>
      </div>
    </form>
  );
}
