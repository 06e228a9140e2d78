/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Civilité. */
export type Civilite =
  /** Monsieur */
  | 'M'
  /** Madame */
  | 'MME';

/** Durée de chômage à l'entrée. */
export type DureeChomage =
  /** 6 à 11 mois */
  | 'DE_6_A_11_MOIS'
  /** 12 à 23 mois */
  | 'DE_12_A_23_MOIS'
  /** 24 mois et plus */
  | 'DE_24_MOIS_ET_PLUS'
  /** Moins de 6 mois */
  | 'MOINS_DE_6_MOIS'
  /** Non inscrit comme demandeur d'emploi */
  | 'NON_INSCRIT';

/** État d'une demande de modification d'une fiche stagiaire. */
export type EtatDemandeModificationStagiaire =
  /** En attente de validation par la Région. */
  | 'EN_ATTENTE'
  /** Refusée par la Région. */
  | 'REFUSEE'
  /** Validée par la Région : la fiche a été modifiée. */
  | 'VALIDEE';

/** Lieu : en centre ou en entreprise. */
export type LieuFormation =
  /** En centre */
  | 'CENTRE'
  /** En entreprise */
  | 'ENTREPRISE';

/** Motif d'une sortie anticipée. */
export type MotifSortie =
  /** Abandon */
  | 'ABANDON'
  /** Accès à l'emploi */
  | 'ACCES_EMPLOI'
  /** Autre motif */
  | 'AUTRE'
  /** Entrée dans une autre formation */
  | 'AUTRE_FORMATION'
  /** Exclusion */
  | 'EXCLUSION'
  /** Motifs personnels (santé, mutation, déménagement...) */
  | 'MOTIFS_PERSONNELS';

/** Nationalité. */
export type Nationalite =
  /** Autre */
  | 'AUTRE'
  /** Française */
  | 'FRANCAISE';

/** Niveau de formation à l'entrée en stage. */
export type NiveauEntree =
  /** Niveau I (bac + 5 et plus) */
  | 'NIVEAU_I'
  /** Niveau II (bac + 3, bac + 4) */
  | 'NIVEAU_II'
  /** Niveau III (bac + 2) */
  | 'NIVEAU_III'
  /** Niveau IV (bac) */
  | 'NIVEAU_IV'
  /** Niveau V (CAP, BEP) */
  | 'NIVEAU_V'
  /** Niveau VI (sans qualification) */
  | 'NIVEAU_VI'
  /** Niveau V bis (sortie de 3e ou de CAP/BEP avant l'année terminale) */
  | 'NIVEAU_V_BIS';

/** Organisme chargé de la rémunération du stagiaire (AUCUN : stagiaire non rémunéré). */
export type OrganismeRemuneration =
  /** ASSEDIC / Pôle emploi */
  | 'ASSEDIC'
  /** Non rémunéré */
  | 'AUCUN'
  /** Autre organisme */
  | 'AUTRE'
  /** Employeur */
  | 'EMPLOYEUR'
  /** État (CNASEA / ASP) */
  | 'ETAT'
  /** Conseil régional */
  | 'REGION';

/** Onglet « Définition de parcours » (obligatoire pour une action individualisée). */
export type ParcoursInput = {
  /** Date prévisionnelle de début du parcours *. */
  dateDebut?: string | null | undefined;
  /** Date prévisionnelle de fin du parcours *. */
  dateFin?: string | null | undefined;
  /** Nombre d'heures en centre *. */
  heuresCentre?: string | null | undefined;
  /** Nombre d'heures en entreprise *. */
  heuresEntreprise?: string | null | undefined;
  /** Modules d'enseignement général *. */
  modulesEnseignementGeneral?: string | null | undefined;
  /** Modules d'enseignement professionnel *. */
  modulesEnseignementProfessionnel?: string | null | undefined;
  /** Nombre de périodes en entreprise *. */
  nombrePeriodesEntreprise?: number | null | undefined;
  /** Objectifs de formation définis *. */
  objectifsFormation?: string | null | undefined;
  /** Objectifs des périodes en entreprise *. */
  objectifsPeriodesEntreprise?: string | null | undefined;
  /** Parcours professionnel envisagé *. */
  parcoursEnvisage?: string | null | undefined;
  /** Périodes en centre et en entreprise. */
  periodes?: Array<PeriodeInput> | null | undefined;
  /** Recours à la VAE envisagé *. */
  vaeEnvisagee?: boolean | null | undefined;
};

/** Période en centre ou en entreprise du parcours individualisé. */
export type PeriodeInput = {
  /** Date de début. */
  dateDebut: string;
  /** Date de fin. */
  dateFin: string;
  /** En centre ou en entreprise. */
  lieu: LieuFormation;
};

/** Prescripteur de la formation. */
export type Prescripteur =
  /** ANPE / Pôle emploi */
  | 'ANPE'
  /** Autre prescripteur */
  | 'AUTRE'
  /** Cap emploi */
  | 'CAP_EMPLOI'
  /** Conseil général (RMI) */
  | 'CONSEIL_GENERAL'
  /** Mission locale */
  | 'MISSION_LOCALE';

/** Sexe. */
export type Sexe =
  /** Féminin */
  | 'FEMININ'
  /** Masculin */
  | 'MASCULIN';

/** Sortie de formation d'un stagiaire. */
export type SortieInput = {
  /** Date de sortie *. */
  dateSortie: string;
  /** Vrai : fin de formation ; faux : sortie anticipée. */
  finFormation: boolean;
  /** Motif de la sortie anticipée (obligatoire pour une sortie anticipée). */
  motifSortie?: MotifSortie | null | undefined;
  /** Le stagiaire. */
  stagiaireId: string | number;
};

/** Fiche stagiaire (onglets « Identité générale » et « Définition de parcours ») ; * : obligatoire. */
export type StagiaireInput = {
  /** Adresse *. */
  adresse?: string | null | undefined;
  /** Adresse pendant la formation. */
  adresseFormation?: string | null | undefined;
  /** Autre adresse. */
  autreAdresse?: string | null | undefined;
  /** Autre adresse pendant la formation. */
  autreAdresseFormation?: string | null | undefined;
  /** Bénéficiaire du RMI *. */
  beneficiaireRmi?: boolean | null | undefined;
  /** Catégorie socio-professionnelle. */
  categorieSocioProfessionnelle?: string | null | undefined;
  /** Civilité *. */
  civilite?: Civilite | null | undefined;
  /** Code INSEE de la commune. */
  codeInsee?: string | null | undefined;
  /** Code postal * (5 chiffres). */
  codePostal?: string | null | undefined;
  /** Code postal pendant la formation. */
  codePostalFormation?: string | null | undefined;
  /** Date d'entrée en formation *. */
  dateEntree?: string | null | undefined;
  /** Date de naissance *. */
  dateNaissance?: string | null | undefined;
  /** Durée de chômage *. */
  dureeChomage?: DureeChomage | null | undefined;
  /** Nationalité. */
  nationalite?: Nationalite | null | undefined;
  /** Niveau à l'entrée en stage *. */
  niveauEntree?: NiveauEntree | null | undefined;
  /** Nom *. */
  nom: string;
  /** Organisme chargé de la rémunération *. */
  organismeRemuneration?: OrganismeRemuneration | null | undefined;
  /** Parcours individualisé. */
  parcours?: ParcoursInput | null | undefined;
  /** Prénom *. */
  prenom: string;
  /** Prescripteur *. */
  prescripteur?: Prescripteur | null | undefined;
  /** Sexe *. */
  sexe?: Sexe | null | undefined;
  /** Tranche d'âge *. */
  trancheAge?: TrancheAge | null | undefined;
  /** Travailleur handicapé. */
  travailleurHandicape?: boolean | null | undefined;
  /** Ville. */
  ville?: string | null | undefined;
  /** Ville pendant la formation. */
  villeFormation?: string | null | undefined;
};

/** Statut d'exécution de l'action. */
export type StatutAction =
  /** En attente d'ouverture. */
  | 'AO'
  /** Clôturée. */
  | 'CLOTUREE'
  /** En cours. */
  | 'EC'
  /** Non ouverture déclarée. */
  | 'NON_OUVERTE';

/** Tranche d'âge à l'entrée. */
export type TrancheAge =
  /** 26 à 44 ans */
  | 'DE_26_A_44'
  /** 45 à 54 ans */
  | 'DE_45_A_54'
  /** 55 ans et plus */
  | 'DE_55_ET_PLUS'
  /** Moins de 26 ans */
  | 'MOINS_DE_26';

/** Action collective (un groupe, dates communes) ou individualisée (un parcours par stagiaire). */
export type TypeAction =
  /** Action collective : la date de début réelle doit être la date prévue. */
  | 'COLLECTIVE'
  /** Action individualisée : parcours défini pour chaque stagiaire. */
  | 'INDIVIDUALISEE';

export type StagiaireFicheFragment = { __typename: 'Stagiaire', id: string, civilite: Civilite | null, nom: string, prenom: string, dateNaissance: string | null, sexe: Sexe | null, nationalite: Nationalite | null, categorieSocioProfessionnelle: string | null, adresse: string | null, autreAdresse: string | null, codePostal: string | null, ville: string | null, adresseFormation: string | null, autreAdresseFormation: string | null, codePostalFormation: string | null, villeFormation: string | null, codeInsee: string | null, dateEntree: string | null, organismeRemuneration: OrganismeRemuneration | null, niveauEntree: NiveauEntree | null, trancheAge: TrancheAge | null, dureeChomage: DureeChomage | null, prescripteur: Prescripteur | null, beneficiaireRmi: boolean | null, travailleurHandicape: boolean | null, complet: boolean, champsManquants: Array<string>, modifiableDirectement: boolean, dateSortie: string | null, finFormation: boolean | null, libelleMotifSortie: string | null, parcours: { parcoursEnvisage: string | null, heuresCentre: string | null, heuresEntreprise: string | null, nombrePeriodesEntreprise: number | null, modulesEnseignementGeneral: string | null, modulesEnseignementProfessionnel: string | null, objectifsPeriodesEntreprise: string | null, objectifsFormation: string | null, vaeEnvisagee: boolean | null, dateDebut: string | null, dateFin: string | null, periodes: Array<{ lieu: LieuFormation, dateDebut: string, dateFin: string }> } | null } & { ' $fragmentName'?: 'StagiaireFicheFragment' };

export type FicheStagiaireQueryVariables = Exact<{
  actionId: string | number;
  stagiaireId: string | number;
  avecStagiaire: boolean;
}>;


export type FicheStagiaireQuery = { actionParId: { id: string, numero: string, intitule: string, type: TypeAction, statut: StatutAction | null, dateFinPrevue: string, dateDebutReelle: string | null } | null, stagiaire?: { ' $fragmentRefs'?: { 'StagiaireFicheFragment': StagiaireFicheFragment } } | null };

export type InscrireStagiaireMutationVariables = Exact<{
  actionId: string | number;
  input: StagiaireInput;
  partiel: boolean;
}>;


export type InscrireStagiaireMutation = { inscrireStagiaire: { id: string, complet: boolean } };

export type ModifierStagiaireMutationVariables = Exact<{
  id: string | number;
  input: StagiaireInput;
  partiel: boolean;
}>;


export type ModifierStagiaireMutation = { modifierStagiaire: { id: string, complet: boolean } };

export type DemanderModificationStagiaireMutationVariables = Exact<{
  stagiaireId: string | number;
  input: StagiaireInput;
  motivation: string;
}>;


export type DemanderModificationStagiaireMutation = { demanderModificationStagiaire: { id: string, etat: EtatDemandeModificationStagiaire } };

export type ActionImportQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionImportQuery = { actionParId: { id: string, numero: string, intitule: string } | null };

export type ImporterStagiairesMutationVariables = Exact<{
  actionId: string | number;
  csv: string;
  partiel: boolean;
}>;


export type ImporterStagiairesMutation = { importerStagiaires: { ' $fragmentRefs'?: { 'RapportImportStagiairesFragment': RapportImportStagiairesFragment } } };

export type RapportImportStagiairesFragment = { __typename: 'RapportImport', importe: boolean, lignesAcceptees: Array<number>, lignesRefusees: Array<{ ligne: number, motif: string }> } & { ' $fragmentName'?: 'RapportImportStagiairesFragment' };

export type InscriptionStagiairesQueryVariables = Exact<{
  page?: number | null | undefined;
  parPage?: number | null | undefined;
}>;


export type InscriptionStagiairesQuery = { listeActions: { total: number, page: number, parPage: number, nodes: Array<{ id: string, numero: string, intitule: string, statut: StatutAction | null, effectifTotal: number, stagiaires: Array<{ ' $fragmentRefs'?: { 'LigneStagiaireFragment': LigneStagiaireFragment } }> | null }> } };

export type LigneStagiaireFragment = { __typename: 'Stagiaire', id: string, nom: string, prenom: string, dateEntree: string | null, dateSortie: string | null, complet: boolean, champsManquants: Array<string> } & { ' $fragmentName'?: 'LigneStagiaireFragment' };

export type SupprimerStagiaireMutationVariables = Exact<{
  id: string | number;
}>;


export type SupprimerStagiaireMutation = { supprimerStagiaire: boolean };

export type DeclarerSortieMutationVariables = Exact<{
  input: SortieInput;
}>;


export type DeclarerSortieMutation = { declarerSortie: { id: string, dateSortie: string | null, finFormation: boolean | null, motifSortie: MotifSortie | null, libelleMotifSortie: string | null } };

export const StagiaireFicheFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StagiaireFiche"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stagiaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civilite"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}},{"kind":"Field","name":{"kind":"Name","value":"dateNaissance"}},{"kind":"Field","name":{"kind":"Name","value":"sexe"}},{"kind":"Field","name":{"kind":"Name","value":"nationalite"}},{"kind":"Field","name":{"kind":"Name","value":"categorieSocioProfessionnelle"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"autreAdresse"}},{"kind":"Field","name":{"kind":"Name","value":"codePostal"}},{"kind":"Field","name":{"kind":"Name","value":"ville"}},{"kind":"Field","name":{"kind":"Name","value":"adresseFormation"}},{"kind":"Field","name":{"kind":"Name","value":"autreAdresseFormation"}},{"kind":"Field","name":{"kind":"Name","value":"codePostalFormation"}},{"kind":"Field","name":{"kind":"Name","value":"villeFormation"}},{"kind":"Field","name":{"kind":"Name","value":"codeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"dateEntree"}},{"kind":"Field","name":{"kind":"Name","value":"organismeRemuneration"}},{"kind":"Field","name":{"kind":"Name","value":"niveauEntree"}},{"kind":"Field","name":{"kind":"Name","value":"trancheAge"}},{"kind":"Field","name":{"kind":"Name","value":"dureeChomage"}},{"kind":"Field","name":{"kind":"Name","value":"prescripteur"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaireRmi"}},{"kind":"Field","name":{"kind":"Name","value":"travailleurHandicape"}},{"kind":"Field","name":{"kind":"Name","value":"complet"}},{"kind":"Field","name":{"kind":"Name","value":"champsManquants"}},{"kind":"Field","name":{"kind":"Name","value":"modifiableDirectement"}},{"kind":"Field","name":{"kind":"Name","value":"dateSortie"}},{"kind":"Field","name":{"kind":"Name","value":"finFormation"}},{"kind":"Field","name":{"kind":"Name","value":"libelleMotifSortie"}},{"kind":"Field","name":{"kind":"Name","value":"parcours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parcoursEnvisage"}},{"kind":"Field","name":{"kind":"Name","value":"heuresCentre"}},{"kind":"Field","name":{"kind":"Name","value":"heuresEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"nombrePeriodesEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"modulesEnseignementGeneral"}},{"kind":"Field","name":{"kind":"Name","value":"modulesEnseignementProfessionnel"}},{"kind":"Field","name":{"kind":"Name","value":"objectifsPeriodesEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"objectifsFormation"}},{"kind":"Field","name":{"kind":"Name","value":"vaeEnvisagee"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}},{"kind":"Field","name":{"kind":"Name","value":"periodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lieu"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}}]}}]}}]}}]} as unknown as DocumentNode<StagiaireFicheFragment, unknown>;
export const RapportImportStagiairesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RapportImportStagiaires"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RapportImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"importe"}},{"kind":"Field","name":{"kind":"Name","value":"lignesAcceptees"}},{"kind":"Field","name":{"kind":"Name","value":"lignesRefusees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ligne"}},{"kind":"Field","name":{"kind":"Name","value":"motif"}}]}}]}}]} as unknown as DocumentNode<RapportImportStagiairesFragment, unknown>;
export const LigneStagiaireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LigneStagiaire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stagiaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}},{"kind":"Field","name":{"kind":"Name","value":"dateEntree"}},{"kind":"Field","name":{"kind":"Name","value":"dateSortie"}},{"kind":"Field","name":{"kind":"Name","value":"complet"}},{"kind":"Field","name":{"kind":"Name","value":"champsManquants"}}]}}]} as unknown as DocumentNode<LigneStagiaireFragment, unknown>;
export const FicheStagiaireDocument = {"__meta__":{"hash":"sha256:151780cb87a55a2786ef0c4b520e3238bad559af4da4f7f5620c5f6640103d7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FicheStagiaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stagiaireId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"avecStagiaire"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionParId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stagiaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stagiaireId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avecStagiaire"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StagiaireFiche"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StagiaireFiche"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stagiaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civilite"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}},{"kind":"Field","name":{"kind":"Name","value":"dateNaissance"}},{"kind":"Field","name":{"kind":"Name","value":"sexe"}},{"kind":"Field","name":{"kind":"Name","value":"nationalite"}},{"kind":"Field","name":{"kind":"Name","value":"categorieSocioProfessionnelle"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"autreAdresse"}},{"kind":"Field","name":{"kind":"Name","value":"codePostal"}},{"kind":"Field","name":{"kind":"Name","value":"ville"}},{"kind":"Field","name":{"kind":"Name","value":"adresseFormation"}},{"kind":"Field","name":{"kind":"Name","value":"autreAdresseFormation"}},{"kind":"Field","name":{"kind":"Name","value":"codePostalFormation"}},{"kind":"Field","name":{"kind":"Name","value":"villeFormation"}},{"kind":"Field","name":{"kind":"Name","value":"codeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"dateEntree"}},{"kind":"Field","name":{"kind":"Name","value":"organismeRemuneration"}},{"kind":"Field","name":{"kind":"Name","value":"niveauEntree"}},{"kind":"Field","name":{"kind":"Name","value":"trancheAge"}},{"kind":"Field","name":{"kind":"Name","value":"dureeChomage"}},{"kind":"Field","name":{"kind":"Name","value":"prescripteur"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaireRmi"}},{"kind":"Field","name":{"kind":"Name","value":"travailleurHandicape"}},{"kind":"Field","name":{"kind":"Name","value":"complet"}},{"kind":"Field","name":{"kind":"Name","value":"champsManquants"}},{"kind":"Field","name":{"kind":"Name","value":"modifiableDirectement"}},{"kind":"Field","name":{"kind":"Name","value":"dateSortie"}},{"kind":"Field","name":{"kind":"Name","value":"finFormation"}},{"kind":"Field","name":{"kind":"Name","value":"libelleMotifSortie"}},{"kind":"Field","name":{"kind":"Name","value":"parcours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parcoursEnvisage"}},{"kind":"Field","name":{"kind":"Name","value":"heuresCentre"}},{"kind":"Field","name":{"kind":"Name","value":"heuresEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"nombrePeriodesEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"modulesEnseignementGeneral"}},{"kind":"Field","name":{"kind":"Name","value":"modulesEnseignementProfessionnel"}},{"kind":"Field","name":{"kind":"Name","value":"objectifsPeriodesEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"objectifsFormation"}},{"kind":"Field","name":{"kind":"Name","value":"vaeEnvisagee"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}},{"kind":"Field","name":{"kind":"Name","value":"periodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lieu"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}}]}}]}}]}}]} as unknown as DocumentNode<FicheStagiaireQuery, FicheStagiaireQueryVariables>;
export const InscrireStagiaireDocument = {"__meta__":{"hash":"sha256:880f98b9d986a996aa34de17c7ef63d3cdc248616faf94d422fe75aa9f8a5720"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InscrireStagiaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StagiaireInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partiel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inscrireStagiaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"partiel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partiel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"complet"}}]}}]}}]} as unknown as DocumentNode<InscrireStagiaireMutation, InscrireStagiaireMutationVariables>;
export const ModifierStagiaireDocument = {"__meta__":{"hash":"sha256:c9a92d47a8070ae937f754b2330754638a69f8f047b4a9f913c50358c2911fc1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModifierStagiaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StagiaireInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partiel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modifierStagiaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"partiel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partiel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"complet"}}]}}]}}]} as unknown as DocumentNode<ModifierStagiaireMutation, ModifierStagiaireMutationVariables>;
export const DemanderModificationStagiaireDocument = {"__meta__":{"hash":"sha256:9a9c32ff29fcb934b9cf29f3392b4bf4828e017d265b8d12d17e8bb7be92b7e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemanderModificationStagiaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stagiaireId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StagiaireInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motivation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demanderModificationStagiaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stagiaireId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stagiaireId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"motivation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motivation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}}]}}]}}]} as unknown as DocumentNode<DemanderModificationStagiaireMutation, DemanderModificationStagiaireMutationVariables>;
export const ActionImportDocument = {"__meta__":{"hash":"sha256:3bc39f2dedfae94bde697098ec466fd5e06135e7617c4e7b89dcdf43c0d78dc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionParId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}}]}}]}}]} as unknown as DocumentNode<ActionImportQuery, ActionImportQueryVariables>;
export const ImporterStagiairesDocument = {"__meta__":{"hash":"sha256:ea8d54a5f54121b4279dd09d3ff97a8fe3c8f0f82df58cbe98b8eb06be222e51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImporterStagiaires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partiel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importerStagiaires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"partiel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partiel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RapportImportStagiaires"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RapportImportStagiaires"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RapportImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"importe"}},{"kind":"Field","name":{"kind":"Name","value":"lignesAcceptees"}},{"kind":"Field","name":{"kind":"Name","value":"lignesRefusees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ligne"}},{"kind":"Field","name":{"kind":"Name","value":"motif"}}]}}]}}]} as unknown as DocumentNode<ImporterStagiairesMutation, ImporterStagiairesMutationVariables>;
export const InscriptionStagiairesDocument = {"__meta__":{"hash":"sha256:8b38c4c95143f5255bed228f6269aa08d554cddbffe87300bd542e9059bfe64a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InscriptionStagiaires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listeActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"parPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"parPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"effectifTotal"}},{"kind":"Field","name":{"kind":"Name","value":"stagiaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LigneStagiaire"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LigneStagiaire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stagiaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}},{"kind":"Field","name":{"kind":"Name","value":"dateEntree"}},{"kind":"Field","name":{"kind":"Name","value":"dateSortie"}},{"kind":"Field","name":{"kind":"Name","value":"complet"}},{"kind":"Field","name":{"kind":"Name","value":"champsManquants"}}]}}]} as unknown as DocumentNode<InscriptionStagiairesQuery, InscriptionStagiairesQueryVariables>;
export const SupprimerStagiaireDocument = {"__meta__":{"hash":"sha256:6d84f8c384fc25162886c656548bc21fb9f5db5730052aed9c555b53a58c56cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupprimerStagiaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supprimerStagiaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SupprimerStagiaireMutation, SupprimerStagiaireMutationVariables>;
export const DeclarerSortieDocument = {"__meta__":{"hash":"sha256:42f3fbfcb30ba0fe9f9ee937856f344519ede6eb7ca914494e3381621afe5f42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclarerSortie"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SortieInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarerSortie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateSortie"}},{"kind":"Field","name":{"kind":"Name","value":"finFormation"}},{"kind":"Field","name":{"kind":"Name","value":"motifSortie"}},{"kind":"Field","name":{"kind":"Name","value":"libelleMotifSortie"}}]}}]}}]} as unknown as DocumentNode<DeclarerSortieMutation, DeclarerSortieMutationVariables>;