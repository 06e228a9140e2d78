import type { Civilite, DureeChomage, MotifSortie, NiveauEntree, OrganismeRemuneration, Prescripteur, Sexe, TrancheAge } from "../../../gql/graphql";

/** The closed lists of seed 001 § 3.2's form, labelled as the graph describes them. */
const options = <T extends string>(libelles: Record<T, string>) => (Object.entries(libelles) as [T, string][]).map(([valeur, libelle]) => ({ valeur, libelle }));

export const CIVILITES = options<Civilite>({ M: "Monsieur", MME: "Madame" });
export const SEXES = options<Sexe>({ MASCULIN: "Masculin", FEMININ: "Féminin" });
export const ORGANISMES_REMUNERATION = options<OrganismeRemuneration>({
  REGION: "Conseil régional",
  ASSEDIC: "ASSEDIC / Pôle emploi",
  ETAT: "État (CNASEA / ASP)",
  EMPLOYEUR: "Employeur",
  AUTRE: "Autre organisme",
  AUCUN: "Non rémunéré",
});
export const NIVEAUX = options<NiveauEntree>({
  NIVEAU_I: "Niveau I (bac + 5 et plus)",
  NIVEAU_II: "Niveau II (bac + 3, bac + 4)",
  NIVEAU_III: "Niveau III (bac + 2)",
  NIVEAU_IV: "Niveau IV (bac)",
  NIVEAU_V: "Niveau V (CAP, BEP)",
  NIVEAU_V_BIS: "Niveau V bis (sortie de 3e ou de CAP/BEP avant l'année terminale)",
  NIVEAU_VI: "Niveau VI (sans qualification)",
});
export const TRANCHES_AGE = options<TrancheAge>({ MOINS_DE_26: "Moins de 26 ans", DE_26_A_44: "26 à 44 ans", DE_45_A_54: "45 à 54 ans", DE_55_ET_PLUS: "55 ans et plus" });
export const DUREES_CHOMAGE = options<DureeChomage>({
  NON_INSCRIT: "Non inscrit comme demandeur d'emploi",
  MOINS_DE_6_MOIS: "Moins de 6 mois",
  DE_6_A_11_MOIS: "6 à 11 mois",
  DE_12_A_23_MOIS: "12 à 23 mois",
  DE_24_MOIS_ET_PLUS: "24 mois et plus",
});
export const PRESCRIPTEURS = options<Prescripteur>({
  ANPE: "ANPE / Pôle emploi",
  MISSION_LOCALE: "Mission locale",
  CAP_EMPLOI: "Cap emploi",
  CONSEIL_GENERAL: "Conseil général (RMI)",
  AUTRE: "Autre prescripteur",
});
export const MOTIFS_SORTIE = options<MotifSortie>({
  MOTIFS_PERSONNELS: "Motifs personnels (santé, mutation, déménagement...)",
  ACCES_EMPLOI: "Accès à l'emploi",
  AUTRE_FORMATION: "Entrée dans une autre formation",
  ABANDON: "Abandon",
  EXCLUSION: "Exclusion",
  AUTRE: "Autre motif",
});
