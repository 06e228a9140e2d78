/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Contrat de l'emploi occupé (fiche de suivi). */
export type ContratTravail =
  /** Autre contrat. */
  | 'AUTRE'
  /** CDD de moins de 6 mois. */
  | 'CDD_MOINS_6_MOIS'
  /** CDD de 6 mois et plus. */
  | 'CDD_PLUS_6_MOIS'
  /** CDI. */
  | 'CDI'
  /** Contrat aidé. */
  | 'CONTRAT_AIDE'
  /** Intérim. */
  | 'INTERIM';

/** « Fiche de suivi » d'un stagiaire sorti de formation. */
export type EnqueteInput = {
  /** Contrat, obligatoire pour un emploi. */
  contrat?: ContratTravail | null | undefined;
  /** À la sortie, à 6 mois ou à 1 an. */
  moment: MomentEnquete;
  /** Situation du stagiaire. */
  situation: SituationStagiaire;
  /** Le stagiaire. */
  stagiaireId: string | number;
};

/** Moment de l'enquête de suivi. */
export type MomentEnquete =
  /** 6 mois après la sortie. */
  | 'SIX_MOIS'
  /** À la sortie de formation. */
  | 'SORTIE'
  /** 1 an après la sortie. */
  | 'UN_AN';

/** Situation du stagiaire (fiche de suivi). */
export type SituationStagiaire =
  /** Autre situation. */
  | 'AUTRE_SITUATION'
  /** Emploi dans un autre secteur. */
  | 'EMPLOI_AUTRE_SECTEUR'
  /** Emploi dans le secteur d'activité de la formation suivie. */
  | 'EMPLOI_SECTEUR';

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

export type StagiaireBilanFragment = { id: string, nom: string, prenom: string, dateEntree: string | null, dateSortie: string | null, finFormation: boolean | null, libelleMotifSortie: string | null, enquetes: Array<{ id: string, moment: MomentEnquete, situation: SituationStagiaire, contrat: ContratTravail | null }> } & { ' $fragmentName'?: 'StagiaireBilanFragment' };

export type BilanPedagogiqueVueFragment = { stagiairesEntres: number, stagiairesSortis: number, finsDeFormation: number, sortiesAnticipees: number, complet: boolean, sortiesParMotif: Array<{ code: string, libelle: string, nombre: number }>, enquetes: Array<{ moment: MomentEnquete, attendues: number, renseignees: number, parSituation: Array<{ code: string, libelle: string, nombre: number }> }> } & { ' $fragmentName'?: 'BilanPedagogiqueVueFragment' };

export type CloturerActionMutationVariables = Exact<{
  actionId: string | number;
  dateFinReelle: string;
}>;


export type CloturerActionMutation = { cloturerAction: { avertissement: string | null, action: { id: string, statut: StatutAction | null, dateFinReelle: string | null } } };

export type SaisirEnqueteMutationVariables = Exact<{
  input: EnqueteInput;
}>;


export type SaisirEnqueteMutation = { saisirEnquete: { __typename: 'EnqueteSuivi', id: string, moment: MomentEnquete, situation: SituationStagiaire, contrat: ContratTravail | null } };

export type FermetureActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FermetureActionsQuery = { actions: Array<{ id: string, numero: string, intitule: string, statut: StatutAction | null, dateDebutPrevue: string, dateFinPrevue: string, dateDebutReelle: string | null, dateFinReelle: string | null, stagiaires: Array<(
      { __typename: 'Stagiaire' }
      & { ' $fragmentRefs'?: { 'StagiaireBilanFragment': StagiaireBilanFragment } }
    )> | null, bilanPedagogique: (
      { __typename: 'BilanPedagogique' }
      & { ' $fragmentRefs'?: { 'BilanPedagogiqueVueFragment': BilanPedagogiqueVueFragment } }
    ) | null }> };

export const StagiaireBilanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StagiaireBilan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stagiaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}},{"kind":"Field","name":{"kind":"Name","value":"dateEntree"}},{"kind":"Field","name":{"kind":"Name","value":"dateSortie"}},{"kind":"Field","name":{"kind":"Name","value":"finFormation"}},{"kind":"Field","name":{"kind":"Name","value":"libelleMotifSortie"}},{"kind":"Field","name":{"kind":"Name","value":"enquetes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"contrat"}}]}}]}}]} as unknown as DocumentNode<StagiaireBilanFragment, unknown>;
export const BilanPedagogiqueVueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BilanPedagogiqueVue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BilanPedagogique"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagiairesEntres"}},{"kind":"Field","name":{"kind":"Name","value":"stagiairesSortis"}},{"kind":"Field","name":{"kind":"Name","value":"finsDeFormation"}},{"kind":"Field","name":{"kind":"Name","value":"sortiesAnticipees"}},{"kind":"Field","name":{"kind":"Name","value":"complet"}},{"kind":"Field","name":{"kind":"Name","value":"sortiesParMotif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enquetes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"attendues"}},{"kind":"Field","name":{"kind":"Name","value":"renseignees"}},{"kind":"Field","name":{"kind":"Name","value":"parSituation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}}]}}]}}]} as unknown as DocumentNode<BilanPedagogiqueVueFragment, unknown>;
export const CloturerActionDocument = {"__meta__":{"hash":"sha256:7b89560855e6fd8e9f67cdc704f6071daf6dc6b3eafd6cbde3260fa5661aa3ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloturerAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateFinReelle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloturerAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateFinReelle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateFinReelle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avertissement"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinReelle"}}]}}]}}]}}]} as unknown as DocumentNode<CloturerActionMutation, CloturerActionMutationVariables>;
export const SaisirEnqueteDocument = {"__meta__":{"hash":"sha256:df019a3951c4990db75cdcb4013341070721cc1c4d68840b14667a9d20f6808c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaisirEnquete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnqueteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saisirEnquete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"contrat"}}]}}]}}]} as unknown as DocumentNode<SaisirEnqueteMutation, SaisirEnqueteMutationVariables>;
export const FermetureActionsDocument = {"__meta__":{"hash":"sha256:06da7985397df2949634d1b562bcfa90b510396e97b58f5d134db5bbb2b856ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FermetureActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinReelle"}},{"kind":"Field","name":{"kind":"Name","value":"stagiaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StagiaireBilan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bilanPedagogique"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BilanPedagogiqueVue"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StagiaireBilan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stagiaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}},{"kind":"Field","name":{"kind":"Name","value":"dateEntree"}},{"kind":"Field","name":{"kind":"Name","value":"dateSortie"}},{"kind":"Field","name":{"kind":"Name","value":"finFormation"}},{"kind":"Field","name":{"kind":"Name","value":"libelleMotifSortie"}},{"kind":"Field","name":{"kind":"Name","value":"enquetes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"contrat"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BilanPedagogiqueVue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BilanPedagogique"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagiairesEntres"}},{"kind":"Field","name":{"kind":"Name","value":"stagiairesSortis"}},{"kind":"Field","name":{"kind":"Name","value":"finsDeFormation"}},{"kind":"Field","name":{"kind":"Name","value":"sortiesAnticipees"}},{"kind":"Field","name":{"kind":"Name","value":"complet"}},{"kind":"Field","name":{"kind":"Name","value":"sortiesParMotif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enquetes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"attendues"}},{"kind":"Field","name":{"kind":"Name","value":"renseignees"}},{"kind":"Field","name":{"kind":"Name","value":"parSituation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}}]}}]}}]} as unknown as DocumentNode<FermetureActionsQuery, FermetureActionsQueryVariables>;