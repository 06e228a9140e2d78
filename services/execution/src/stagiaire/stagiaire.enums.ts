import { registerEnumType } from "type-graphql";

/** The closed lists of seed 001 § 3.2's trainee form, with the French label each one shows. */
function closedList<E extends Record<string, string>>(values: E, name: string, description: string, labels: Record<keyof E, string>) {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.keys(values).map((key) => [key, { description: labels[key as keyof E] }])) as never,
  });
  return labels;
}

export enum Civilite { M = "M", MME = "MME" }
export const CIVILITES = closedList(Civilite, "Civilite", "Civilité.", { M: "Monsieur", MME: "Madame" });

export enum Sexe { MASCULIN = "MASCULIN", FEMININ = "FEMININ" }
export const SEXES = closedList(Sexe, "Sexe", "Sexe.", { MASCULIN: "Masculin", FEMININ: "Féminin" });

export enum Nationalite { FRANCAISE = "FRANCAISE", AUTRE = "AUTRE" }
export const NATIONALITES = closedList(Nationalite, "Nationalite", "Nationalité.", { FRANCAISE: "Française", AUTRE: "Autre" });

export enum OrganismeRemuneration {
  REGION = "REGION",
  ASSEDIC = "ASSEDIC",
  ETAT = "ETAT",
  EMPLOYEUR = "EMPLOYEUR",
  AUTRE = "AUTRE",
  AUCUN = "AUCUN",
}
export const ORGANISMES_REMUNERATION = closedList(OrganismeRemuneration, "OrganismeRemuneration", "Organisme chargé de la rémunération du stagiaire (AUCUN : stagiaire non rémunéré).", {
  REGION: "Conseil régional",
  ASSEDIC: "ASSEDIC / Pôle emploi",
  ETAT: "État (CNASEA / ASP)",
  EMPLOYEUR: "Employeur",
  AUTRE: "Autre organisme",
  AUCUN: "Non rémunéré",
});

export enum NiveauEntree {
  NIVEAU_I = "NIVEAU_I", NIVEAU_II = "NIVEAU_II", NIVEAU_III = "NIVEAU_III", NIVEAU_IV = "NIVEAU_IV",
  NIVEAU_V = "NIVEAU_V", NIVEAU_V_BIS = "NIVEAU_V_BIS", NIVEAU_VI = "NIVEAU_VI",
}
export const NIVEAUX = closedList(NiveauEntree, "NiveauEntree", "Niveau de formation à l'entrée en stage.", {
  NIVEAU_I: "Niveau I (bac + 5 et plus)",
  NIVEAU_II: "Niveau II (bac + 3, bac + 4)",
  NIVEAU_III: "Niveau III (bac + 2)",
  NIVEAU_IV: "Niveau IV (bac)",
  NIVEAU_V: "Niveau V (CAP, BEP)",
  NIVEAU_V_BIS: "Niveau V bis (sortie de 3e ou de CAP/BEP avant l'année terminale)",
  NIVEAU_VI: "Niveau VI (sans qualification)",
});

export enum TrancheAge { MOINS_DE_26 = "MOINS_DE_26", DE_26_A_44 = "DE_26_A_44", DE_45_A_54 = "DE_45_A_54", DE_55_ET_PLUS = "DE_55_ET_PLUS" }
export const TRANCHES_AGE = closedList(TrancheAge, "TrancheAge", "Tranche d'âge à l'entrée.", {
  MOINS_DE_26: "Moins de 26 ans",
  DE_26_A_44: "26 à 44 ans",
  DE_45_A_54: "45 à 54 ans",
  DE_55_ET_PLUS: "55 ans et plus",
});

export enum DureeChomage {
  NON_INSCRIT = "NON_INSCRIT", MOINS_DE_6_MOIS = "MOINS_DE_6_MOIS", DE_6_A_11_MOIS = "DE_6_A_11_MOIS",
  DE_12_A_23_MOIS = "DE_12_A_23_MOIS", DE_24_MOIS_ET_PLUS = "DE_24_MOIS_ET_PLUS",
}
export const DUREES_CHOMAGE = closedList(DureeChomage, "DureeChomage", "Durée de chômage à l'entrée.", {
  NON_INSCRIT: "Non inscrit comme demandeur d'emploi",
  MOINS_DE_6_MOIS: "Moins de 6 mois",
  DE_6_A_11_MOIS: "6 à 11 mois",
  DE_12_A_23_MOIS: "12 à 23 mois",
  DE_24_MOIS_ET_PLUS: "24 mois et plus",
});

export enum Prescripteur { ANPE = "ANPE", MISSION_LOCALE = "MISSION_LOCALE", CAP_EMPLOI = "CAP_EMPLOI", CONSEIL_GENERAL = "CONSEIL_GENERAL", AUTRE = "AUTRE" }
export const PRESCRIPTEURS = closedList(Prescripteur, "Prescripteur", "Prescripteur de la formation.", {
  ANPE: "ANPE / Pôle emploi",
  MISSION_LOCALE: "Mission locale",
  CAP_EMPLOI: "Cap emploi",
  CONSEIL_GENERAL: "Conseil général (RMI)",
  AUTRE: "Autre prescripteur",
});

export enum LieuFormation { CENTRE = "CENTRE", ENTREPRISE = "ENTREPRISE" }
export const LIEUX = closedList(LieuFormation, "LieuFormation", "Lieu : en centre ou en entreprise.", { CENTRE: "En centre", ENTREPRISE: "En entreprise" });

export enum MotifSortie {
  MOTIFS_PERSONNELS = "MOTIFS_PERSONNELS", ACCES_EMPLOI = "ACCES_EMPLOI", AUTRE_FORMATION = "AUTRE_FORMATION",
  ABANDON = "ABANDON", EXCLUSION = "EXCLUSION", AUTRE = "AUTRE",
}
export const MOTIFS_SORTIE = closedList(MotifSortie, "MotifSortie", "Motif d'une sortie anticipée.", {
  MOTIFS_PERSONNELS: "Motifs personnels (santé, mutation, déménagement...)",
  ACCES_EMPLOI: "Accès à l'emploi",
  AUTRE_FORMATION: "Entrée dans une autre formation",
  ABANDON: "Abandon",
  EXCLUSION: "Exclusion",
  AUTRE: "Autre motif",
});
