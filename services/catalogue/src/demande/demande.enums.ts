import { registerEnumType } from "type-graphql";

export enum TypeDemande {
  SESSIONS_ET_INFORMATIONS_COLLECTIVES = "SESSIONS_ET_INFORMATIONS_COLLECTIVES",
  DATES = "DATES",
}

registerEnumType(TypeDemande, {
  name: "TypeDemandeModification",
  description: "« Choix type de modification ».",
  valuesConfig: {
    SESSIONS_ET_INFORMATIONS_COLLECTIVES: { description: "Demande de modification de sessions et informations collectives (appliquée dès l'émission)." },
    DATES: { description: "Demande de modification de dates (soumise à la validation de la Région)." },
  },
});

export enum EtatDemande {
  EN_ATTENTE_EMISSION = "EN_ATTENTE_EMISSION",
  EN_ATTENTE_VALIDATION = "EN_ATTENTE_VALIDATION",
  VALIDEE = "VALIDEE",
  REFUSEE = "REFUSEE",
}

registerEnumType(EtatDemande, {
  name: "EtatDemande",
  description: "« Etat / Historique » d'une demande de modification.",
  valuesConfig: {
    EN_ATTENTE_EMISSION: { description: "En attente d'émission : brouillon, supprimable." },
    EN_ATTENTE_VALIDATION: { description: "Émise, en attente de validation par la Région." },
    VALIDEE: { description: "Validée : les modifications sont appliquées." },
    REFUSEE: { description: "Refusée par la Région (voir les observations)." },
  },
});

export const LIBELLE_TYPE: Record<TypeDemande, string> = {
  SESSIONS_ET_INFORMATIONS_COLLECTIVES: "Demande de modification de sessions et informations collectives",
  DATES: "Demande de modification de dates",
};

/** A request « en cours » blocks another one of the same type on the same action (seed 003). */
export const isPending = (etat: EtatDemande): boolean =>
  etat === EtatDemande.EN_ATTENTE_EMISSION || etat === EtatDemande.EN_ATTENTE_VALIDATION;
