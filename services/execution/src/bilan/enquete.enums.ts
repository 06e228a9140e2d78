import { registerEnumType } from "type-graphql";

/** When a trainee's situation is surveyed (seed 001 § 3.7.2). */
export enum MomentEnquete { SORTIE = "SORTIE", SIX_MOIS = "SIX_MOIS", UN_AN = "UN_AN" }
registerEnumType(MomentEnquete, {
  name: "MomentEnquete",
  description: "Moment de l'enquête de suivi.",
  valuesConfig: {
    SORTIE: { description: "À la sortie de formation." },
    SIX_MOIS: { description: "6 mois après la sortie." },
    UN_AN: { description: "1 an après la sortie." },
  },
});

export enum SituationStagiaire { EMPLOI_SECTEUR = "EMPLOI_SECTEUR", EMPLOI_AUTRE_SECTEUR = "EMPLOI_AUTRE_SECTEUR", AUTRE_SITUATION = "AUTRE_SITUATION" }
registerEnumType(SituationStagiaire, {
  name: "SituationStagiaire",
  description: "Situation du stagiaire (fiche de suivi).",
  valuesConfig: {
    EMPLOI_SECTEUR: { description: "Emploi dans le secteur d'activité de la formation suivie." },
    EMPLOI_AUTRE_SECTEUR: { description: "Emploi dans un autre secteur." },
    AUTRE_SITUATION: { description: "Autre situation." },
  },
});

export enum ContratTravail {
  CDI = "CDI", CDD_PLUS_6_MOIS = "CDD_PLUS_6_MOIS", CDD_MOINS_6_MOIS = "CDD_MOINS_6_MOIS",
  CONTRAT_AIDE = "CONTRAT_AIDE", INTERIM = "INTERIM", AUTRE = "AUTRE",
}
registerEnumType(ContratTravail, {
  name: "ContratTravail",
  description: "Contrat de l'emploi occupé (fiche de suivi).",
  valuesConfig: {
    CDI: { description: "CDI." },
    CDD_PLUS_6_MOIS: { description: "CDD de 6 mois et plus." },
    CDD_MOINS_6_MOIS: { description: "CDD de moins de 6 mois." },
    CONTRAT_AIDE: { description: "Contrat aidé." },
    INTERIM: { description: "Intérim." },
    AUTRE: { description: "Autre contrat." },
  },
});
