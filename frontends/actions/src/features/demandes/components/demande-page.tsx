import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useMutation, useQuery } from "@apollo/client/react";
import { ConfirmationControlee } from "@sigma/ui-kit/components/confirmation-controlee";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { graphql } from "../../../gql";
import type { DemandeModificationQuery } from "../../../gql/graphql";
import { LIBELLE_ETAT_DEMANDE } from "../lib/validation";
import { EditeurDates } from "./editeur-dates";
import { EditeurSession } from "./editeur-session";
import { Historique } from "./historique";

export const demandeQuery = graphql(/* GraphQL */ `
  query DemandeModification($id: ID!) {
    demandeModification(id: $id) {
      id
      type
      libelleType
      etat
      emetteurLibelle
      dateEmission
      motivation
      observations
      lignes {
        intitule
        avant
        apres
      }
      historique {
        ...EvenementHistorique
      }
      composante {
        id
        numero
        intitule
        dateDebut
        dateFin
      }
      session {
        ...SessionEditee
      }
      action {
        id
        numero
        intitule
        statut
        dateDebutPrevue
        dateFinPrevue
        dateDebutReelle
        organisme {
          id
          sites {
            id
            libelleComplet
          }
        }
        composantes {
          id
          numero
          intitule
          dateDebut
          dateFin
        }
      }
    }
  }
`);

const emettreMutation = graphql(/* GraphQL */ `
  mutation EmettreDemande($demandeId: ID!, $motivation: String) {
    emettreDemande(demandeId: $demandeId, motivation: $motivation) {
      id
      etat
      dateEmission
    }
  }
`);

export type Demande = NonNullable<DemandeModificationQuery["demandeModification"]>;

/**
 * One modification request, seed 004's steps: « Caractéristiques » (session and its informations
 * collectives) or « DATES » (seed 003), « Enregistrer et passer à l'étape suivante », the server's
 * recap « MODIFICATIONS », « MOTIVATION » and « Valider » with its confirmation.
 */
export function DemandePage() {
  const { numero = "", demandeId = "" } = useParams();
  const { data, loading, error } = useQuery(demandeQuery, { variables: { id: demandeId }, fetchPolicy: SANS_CACHE });
  const [etape, setEtape] = useState<"saisie" | "recap" | null>(null);
  if (loading && !data) return <Chargement>Chargement de la demande…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const demande = data?.demandeModification;
  if (!demande) return <Erreur>Demande de modification introuvable.</Erreur>;
  const brouillon = demande.etat === "EN_ATTENTE_EMISSION";
  const courante = brouillon ? (etape ?? (demande.lignes.length ? "recap" : "saisie")) : "recap";
  return (
    <section aria-labelledby="demande-titre">
      <p className="sigma-fil">
        <Link to="/">Accueil</Link> » <Link to="/actions">Actions de formation</Link> »{" "}
        <Link to={`/actions/${encodeURIComponent(numero)}?onglet=demandes`}>Gestion</Link> » Demande de modification
      </p>
      <h2 id="demande-titre">{demande.libelleType}</h2>
      <p>
        Action <strong>{demande.action.numero}</strong> — {demande.action.intitule}. État : <strong>{LIBELLE_ETAT_DEMANDE[demande.etat]}</strong>
        {demande.dateEmission ? ` (émise le ${formatDate(demande.dateEmission)})` : ""}.
      </p>
      {courante === "saisie" ? (
        demande.type === "DATES" ? (
          <EditeurDates demande={demande} onEnregistree={() => setEtape("recap")} />
        ) : (
          <EditeurSession demande={demande} onEnregistree={() => setEtape("recap")} />
        )
      ) : (
        <Recapitulatif demande={demande} onRetour={brouillon ? () => setEtape("saisie") : undefined} />
      )}
      <section aria-labelledby="demande-historique">
        <h3 id="demande-historique">Etat / Historique</h3>
        <Historique evenements={demande.historique} />
        {demande.observations ? <p>Observations : {demande.observations}</p> : null}
      </section>
    </section>
  );
}

/** « MODIFICATIONS » as the server computed it, then « MOTIVATION » and « Valider » for a draft. */
function Recapitulatif({ demande, onRetour }: { demande: Demande; onRetour: (() => void) | undefined }) {
  const navigate = useNavigate();
  const [motivation, setMotivation] = useState(demande.motivation ?? "");
  const [confirmer, setConfirmer] = useState(false);
  const [erreurMotivation, setErreurMotivation] = useState<string | null>(null);
  const [emettre, emission] = useMutation(emettreMutation, { refetchQueries: ["GestionAction"] });
  const envoyer = async () => {
    const resultat = await emettre({ variables: { demandeId: demande.id, motivation: motivation.trim() || null } }).catch(() => null);
    if (!resultat?.data) return;
    const message =
      resultat.data.emettreDemande.etat === "VALIDEE"
        ? "Votre demande a été émise et appliquée avec succès."
        : "Votre demande a été émise : elle est en attente de validation par la Région. Pour qu'elle soit traitée, adressez à la Région un courrier validé par une personne habilitée.";
    navigate(`/actions/${encodeURIComponent(demande.action.numero)}?onglet=demandes`, { state: { message } });
  };
  return (
    <>
      <section aria-labelledby="recap-titre">
        <h3 id="recap-titre">Modifications</h3>
        <div className="sigma-table-defilement">
          <table className="sigma-table" aria-labelledby="recap-titre">
            <thead>
              <tr>
                <th scope="col">Intitulé du champ</th>
                <th scope="col">Champ avant modification</th>
                <th scope="col">Champ après modification</th>
              </tr>
            </thead>
            <tbody>
              {demande.lignes.map((l, i) => (
                <tr key={`${i}-${l.intitule}`}>
                  <th scope="row">{l.intitule}</th>
                  <td>{l.avant}</td>
                  <td>{l.apres}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {onRetour ? (
        <form
          className="sigma-formulaire"
          aria-labelledby="motivation-titre"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (motivation.length > 4000) return setErreurMotivation("La motivation ne peut dépasser 4000 caractères.");
            setErreurMotivation(null);
            setConfirmer(true);
          }}
        >
          <h3 id="motivation-titre">Motivation</h3>
          <div className="sigma-champ">
            <label htmlFor="motivation">Motivation de la demande</label>
            <textarea id="motivation" name="motivation" rows={3} value={motivation} onChange={(e) => setMotivation(e.target.value)} aria-invalid={erreurMotivation ? true : undefined} aria-describedby={erreurMotivation ? "motivation-erreur" : undefined} />
            {erreurMotivation ? (
              <span id="motivation-erreur" className="sigma-champ__erreur">
                {erreurMotivation}
              </span>
            ) : null}
          </div>
          {emission.error ? <Erreur error={emission.error} /> : null}
          <div className="sigma-actions">
            <button type="button" className="sigma-bouton sigma-bouton--secondaire" onClick={onRetour}>
              Retour
            </button>
            <button type="submit" className="sigma-bouton sigma-bouton--valider" disabled={emission.loading}>
              Valider
            </button>
          </div>
          <ConfirmationControlee ouvert={confirmer} onFermer={() => setConfirmer(false)} onConfirmer={() => void envoyer()}>
            {demande.type === "DATES"
              ? "Souhaitez-vous vraiment émettre cette demande de modification de dates ? Elle sera soumise à la validation de la Région."
              : "Souhaitez-vous vraiment émettre cette demande ? Les sessions et informations collectives seront aussitôt publiées (Meformer, KAIROS)."}
          </ConfirmationControlee>
        </form>
      ) : null}
    </>
  );
}
