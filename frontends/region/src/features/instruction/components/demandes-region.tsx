import { useMutation, useQuery } from "@apollo/client/react";
import { DialogueConfirmation } from "@sigma/ui-kit/components/dialogue-confirmation";
import { DialogueFormulaire } from "@sigma/ui-kit/components/dialogue-formulaire";
import { Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { ZoneTexte } from "@sigma/ui-kit/components/zone-texte";
import { messageErreur } from "@sigma/ui-kit/lib/errors";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { aujourdhuiParis } from "@sigma/ui-kit/lib/dates";
import { useState } from "react";
import { getFragmentData } from "../../../gql/fragment-masking";
import { graphql } from "../../../gql/gql";
import type { DemandeRegionFragment, DemandeStagiaireRegionFragment } from "../../../gql/graphql";
import { verifierMotifRefusStagiaire, verifierObservationsRefus } from "../lib/decisions";

export const demandeRegionFragment = graphql(/* GraphQL */ `
  fragment DemandeRegion on DemandeModification {
    id
    type
    etat
    libelleType
    emetteurLibelle
    dateEmission
    motivation
    observations
    lignes {
      intitule
      avant
      apres
    }
  }
`);

export const demandeStagiaireRegionFragment = graphql(/* GraphQL */ `
  fragment DemandeStagiaireRegion on DemandeModificationStagiaire {
    id
    etat
    motivation
    motifRefus
    emiseLe
    traiteeLe
    stagiaire {
      id
      nom
      prenom
    }
    modifications {
      champ
      avant
      apres
    }
  }
`);

const demandesRegionQuery = graphql(/* GraphQL */ `
  query DemandesRegion {
    actions {
      id
      numero
      organisme {
        id
        code
        raisonSociale
      }
      demandesModification {
        __typename
        ...DemandeRegion
      }
    }
    demandesModificationStagiaire(etat: EN_ATTENTE) {
      __typename
      ...DemandeStagiaireRegion
    }
  }
`);

const validerDemandeMutation = graphql(/* GraphQL */ `
  mutation ValiderDemande($demandeId: ID!, $observations: String) {
    validerDemande(demandeId: $demandeId, observations: $observations) {
      __typename
      ...DemandeRegion
    }
  }
`);

const refuserDemandeMutation = graphql(/* GraphQL */ `
  mutation RefuserDemande($demandeId: ID!, $observations: String!) {
    refuserDemande(demandeId: $demandeId, observations: $observations) {
      __typename
      ...DemandeRegion
    }
  }
`);

const validerDemandeStagiaireMutation = graphql(/* GraphQL */ `
  mutation ValiderDemandeStagiaire($id: ID!) {
    validerDemandeModificationStagiaire(id: $id) {
      __typename
      ...DemandeStagiaireRegion
    }
  }
`);

const refuserDemandeStagiaireMutation = graphql(/* GraphQL */ `
  mutation RefuserDemandeStagiaire($id: ID!, $motif: String!) {
    refuserDemandeModificationStagiaire(id: $id, motif: $motif) {
      __typename
      ...DemandeStagiaireRegion
    }
  }
`);

type Demande = DemandeRegionFragment & { action: { numero: string; organisme: { code: string; raisonSociale: string } } };
type DemandeStagiaire = DemandeStagiaireRegionFragment;

const ETAT: Record<Demande["etat"], string> = {
  EN_ATTENTE_EMISSION: "En attente d'émission",
  EN_ATTENTE_VALIDATION: "En attente de validation",
  VALIDEE: "Validée",
  REFUSEE: "Refusée",
};

/** An ISO instant → its day in Paris, dd/mm/yyyy. */
const jourDe = (instant: string | null | undefined) => (instant ? formatDate(aujourdhuiParis(new Date(instant))) : "-");

function Recapitulatif({ lignes }: { lignes: readonly { intitule: string; avant: string; apres: string }[] }) {
  if (!lignes.length) return null;
  return (
    <ul className="sigma-liste-compacte">
      {lignes.map((l) => (
        <li key={l.intitule}>{`${l.intitule} : ${l.avant} → ${l.apres}`}</li>
      ))}
    </ul>
  );
}

/** « Valider » a date request, with optional observations. */
function ValidationDemande({ demande, onFait }: { demande: Demande; onFait: (m: string) => void }) {
  const [observations, setObservations] = useState("");
  const [erreur, setErreur] = useState<string | null>(null);
  const [valider, { loading }] = useMutation(validerDemandeMutation);
  return (
    <DialogueFormulaire
      declencheur="Valider"
      declencheurNom={`Valider la demande de ${demande.action.numero}`}
      titre={`Valider la demande de ${demande.action.numero}`}
      valider="Valider la demande"
      erreur={erreur}
      enCours={loading}
      onOuverture={() => {
        setObservations("");
        setErreur(null);
      }}
      onValider={async () => {
        if (observations.trim().length > 4000) {
          setErreur("Les observations ne peuvent dépasser 4000 caractères.");
          return false;
        }
        try {
          await valider({ variables: { demandeId: demande.id, observations: observations.trim() || null }, refetchQueries: ["DemandesRegion"], awaitRefetchQueries: true });
          onFait(`La demande de modification de ${demande.action.numero} a été validée.`);
          return true;
        } catch (error) {
          setErreur(messageErreur(error));
          return false;
        }
      }}
    >
      <Recapitulatif lignes={demande.lignes} />
      <ZoneTexte label="Observations" name="observations" value={observations} onChange={(e) => setObservations(e.target.value)} />
    </DialogueFormulaire>
  );
}

/** « Refuser » a date request: observations required. */
function RefusDemande({ demande, onFait }: { demande: Demande; onFait: (m: string) => void }) {
  const [observations, setObservations] = useState("");
  const [erreur, setErreur] = useState<string | null>(null);
  const [refuser, { loading }] = useMutation(refuserDemandeMutation);
  return (
    <DialogueFormulaire
      declencheur="Refuser"
      declencheurNom={`Refuser la demande de ${demande.action.numero}`}
      titre={`Refuser la demande de ${demande.action.numero}`}
      valider="Refuser la demande"
      secondaire
      erreur={erreur}
      enCours={loading}
      onOuverture={() => {
        setObservations("");
        setErreur(null);
      }}
      onValider={async () => {
        const refus = verifierObservationsRefus(observations);
        setErreur(refus);
        if (refus) return false;
        try {
          await refuser({ variables: { demandeId: demande.id, observations: observations.trim() }, refetchQueries: ["DemandesRegion"], awaitRefetchQueries: true });
          onFait(`La demande de modification de ${demande.action.numero} a été refusée.`);
          return true;
        } catch (error) {
          setErreur(messageErreur(error));
          return false;
        }
      }}
    >
      <ZoneTexte label="Observations" name="observations" value={observations} onChange={(e) => setObservations(e.target.value)} required aide="Le motif du refus, lu par l'organisme." />
    </DialogueFormulaire>
  );
}

function ValidationFiche({ demande, onFait, onErreur }: { demande: DemandeStagiaire; onFait: (m: string) => void; onErreur: (e: unknown) => void }) {
  const [valider, { loading }] = useMutation(validerDemandeStagiaireMutation);
  const nom = demande.stagiaire ? `${demande.stagiaire.nom} ${demande.stagiaire.prenom}` : "du stagiaire";
  return (
    <DialogueConfirmation
      declencheur="Valider"
      isDisabled={loading}
      onConfirmer={async () => {
        try {
          await valider({ variables: { id: demande.id }, refetchQueries: ["DemandesRegion"], awaitRefetchQueries: true });
          onFait(`La demande de modification de la fiche de ${nom} a été validée : la fiche est modifiée.`);
        } catch (error) {
          onErreur(error);
        }
      }}
    >
      Souhaitez-vous vraiment valider la modification de la fiche de <strong>{nom}</strong> ?
    </DialogueConfirmation>
  );
}

function RefusFiche({ demande, onFait }: { demande: DemandeStagiaire; onFait: (m: string) => void }) {
  const [motif, setMotif] = useState("");
  const [erreur, setErreur] = useState<string | null>(null);
  const [refuser, { loading }] = useMutation(refuserDemandeStagiaireMutation);
  const nom = demande.stagiaire ? `${demande.stagiaire.nom} ${demande.stagiaire.prenom}` : "du stagiaire";
  return (
    <DialogueFormulaire
      declencheur="Refuser"
      declencheurNom={`Refuser la modification de la fiche de ${nom}`}
      titre={`Refuser la modification de la fiche de ${nom}`}
      valider="Refuser la demande"
      secondaire
      erreur={erreur}
      enCours={loading}
      onOuverture={() => {
        setMotif("");
        setErreur(null);
      }}
      onValider={async () => {
        const refus = verifierMotifRefusStagiaire(motif);
        setErreur(refus);
        if (refus) return false;
        try {
          await refuser({ variables: { id: demande.id, motif: motif.trim() }, refetchQueries: ["DemandesRegion"], awaitRefetchQueries: true });
          onFait(`La demande de modification de la fiche de ${nom} a été refusée.`);
          return true;
        } catch (error) {
          setErreur(messageErreur(error));
          return false;
        }
      }}
    >
      <ZoneTexte label="Motif du refus" name="motif" value={motif} onChange={(e) => setMotif(e.target.value)} required />
    </DialogueFormulaire>
  );
}

/** « Demandes de modification »: date requests (seeds 003, 004) and trainee-record requests awaiting the Région. */
export function DemandesRegion() {
  const { data, loading, error } = useQuery(demandesRegionQuery);
  const [message, setMessage] = useState<string | null>(null);
  const [refus, setRefus] = useState<unknown>(null);
  if (loading && !data) return <Chargement>Chargement des demandes…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const fait = (texte: string) => {
    setRefus(null);
    setMessage(texte);
  };
  const demandes: Demande[] = (data?.actions ?? []).flatMap((a) =>
    getFragmentData(demandeRegionFragment, a.demandesModification)
      .filter((d) => d.type === "DATES" && d.etat !== "EN_ATTENTE_EMISSION")
      .map((d) => ({ ...d, action: a })),
  );
  const fiches = getFragmentData(demandeStagiaireRegionFragment, data?.demandesModificationStagiaire ?? []);

  const colonnesDemandes: readonly Colonne<Demande>[] = [
    {
      id: "type",
      titre: "Type de la modification",
      rendu: (d) => (
        <>
          <span>{`${d.libelleType} — ${d.action.numero}`}</span>
          <Recapitulatif lignes={d.lignes} />
          {d.motivation ? <span className="sigma-mention">{`Motivation : ${d.motivation}`}</span> : null}
        </>
      ),
      cle: (d) => d.action.numero,
      enTeteDeLigne: true,
    },
    { id: "emetteur", titre: "Nom/Statut de l'émetteur", rendu: (d) => d.emetteurLibelle, cle: (d) => d.emetteurLibelle },
    { id: "prestataire", titre: "Prestataire", rendu: (d) => `${d.action.organisme.raisonSociale} (${d.action.organisme.code})`, cle: (d) => d.action.organisme.raisonSociale },
    { id: "emission", titre: "Date d'émission", rendu: (d) => formatDate(d.dateEmission) || "-", cle: (d) => d.dateEmission },
    { id: "etat", titre: "Etat / Historique", rendu: (d) => ETAT[d.etat], cle: (d) => d.etat },
    { id: "observations", titre: "Observations", rendu: (d) => d.observations ?? "-" },
    {
      id: "gestion",
      titre: "Gestion",
      rendu: (d) =>
        d.etat === "EN_ATTENTE_VALIDATION" ? (
          <div className="sigma-actions sigma-actions--cellule">
            <ValidationDemande demande={d} onFait={fait} />
            <RefusDemande demande={d} onFait={fait} />
          </div>
        ) : (
          "-"
        ),
    },
  ];

  const colonnesFiches: readonly Colonne<DemandeStagiaire>[] = [
    { id: "stagiaire", titre: "Stagiaire", rendu: (d) => (d.stagiaire ? `${d.stagiaire.nom} ${d.stagiaire.prenom}` : "-"), cle: (d) => d.stagiaire?.nom, enTeteDeLigne: true },
    { id: "emission", titre: "Date d'émission", rendu: (d) => jourDe(d.emiseLe), cle: (d) => d.emiseLe },
    { id: "motivation", titre: "Motivation", rendu: (d) => d.motivation },
    { id: "modifications", titre: "Modifications", rendu: (d) => <Recapitulatif lignes={d.modifications.map((m) => ({ intitule: m.champ, avant: m.avant, apres: m.apres }))} /> },
    {
      id: "gestion",
      titre: "Gestion",
      rendu: (d) => (
        <div className="sigma-actions sigma-actions--cellule">
          <ValidationFiche demande={d} onFait={fait} onErreur={setRefus} />
          <RefusFiche demande={d} onFait={fait} />
        </div>
      ),
    },
  ];

  return (
    <>
      {message ? <Confirmation>{message}</Confirmation> : null}
      {refus ? <Erreur error={refus} /> : null}
      <h2>Suivi des demandes de modification</h2>
      <Tableau
        titre="Demandes de modification de dates"
        colonnes={colonnesDemandes}
        lignes={demandes}
        cleLigne={(d) => d.id}
        vide="Aucune demande de modification de dates."
        tri={{ colonne: "emission", sens: "descending" }}
      />
      <h2>Demandes de modification de fiches stagiaires</h2>
      <Tableau titre="Demandes de modification de fiches stagiaires en attente de validation" colonnes={colonnesFiches} lignes={fiches} cleLigne={(d) => d.id} vide="Aucune demande de modification de fiche en attente." />
    </>
  );
}
