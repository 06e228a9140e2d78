/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Fréquence de paiement des acomptes périodiques. */
export type FrequencePaiement =
  /** Mensuel : un acompte par mois civil depuis la date de début réelle. */
  | 'MENSUEL'
  /** Trimestriel : trois mois consécutifs comptés depuis la date de début réelle. */
  | 'TRIMESTRIEL'
  /** Trois acomptes suivant le taux de réalisation (30 %, 60 %, moins de 80 %). */
  | 'TROIS_ACOMPTES';

/** « Ouverture de l'action » : date de début réelle et fréquence de paiement. */
export type OuvertureInput = {
  /** L'action à ouvrir. */
  actionId: string | number;
  /** Date de début réelle : la date d'entrée du premier stagiaire. */
  dateDebutReelle: string;
  /** Fréquence de paiement des acomptes. */
  frequencePaiement: FrequencePaiement;
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

/** Action collective (un groupe, dates communes) ou individualisée (un parcours par stagiaire). */
export type TypeAction =
  /** Action collective : la date de début réelle doit être la date prévue. */
  | 'COLLECTIVE'
  /** Action individualisée : parcours défini pour chaque stagiaire. */
  | 'INDIVIDUALISEE';

export type OuvertureActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OuvertureActionsQuery = { actions: Array<{ id: string, numero: string, intitule: string, numeroContrat: string, anneeProgrammation: number, statut: StatutAction | null, dateDebutPrevue: string, dateFinPrevue: string }> };

export type DetailOuvertureQueryVariables = Exact<{
  numero: string;
}>;


export type DetailOuvertureQuery = { action: { id: string, numero: string, intitule: string, type: TypeAction, statut: StatutAction | null, dateDebutPrevue: string, dateDebutReelle: string | null, frequencePaiement: FrequencePaiement | null, motifNonOuverture: string | null, stagiaires: Array<{ id: string, dateEntree: string | null }> | null } | null };

export type OuvrirActionMutationVariables = Exact<{
  input: OuvertureInput;
}>;


export type OuvrirActionMutation = { ouvrirAction: { id: string, statut: StatutAction | null, dateDebutReelle: string | null, frequencePaiement: FrequencePaiement | null } };

export type DeclarerNonOuvertureMutationVariables = Exact<{
  actionId: string | number;
  motif?: string | null | undefined;
}>;


export type DeclarerNonOuvertureMutation = { declarerNonOuverture: { id: string, statut: StatutAction | null, motifNonOuverture: string | null } };


export const OuvertureActionsDocument = {"__meta__":{"hash":"sha256:466a2ad10850460263db5e09732a6e8507b1153976b1fb3068349e2afa0a7ac6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OuvertureActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"numeroContrat"}},{"kind":"Field","name":{"kind":"Name","value":"anneeProgrammation"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}}]}}]}}]} as unknown as DocumentNode<OuvertureActionsQuery, OuvertureActionsQueryVariables>;
export const DetailOuvertureDocument = {"__meta__":{"hash":"sha256:89197d9caec065956be72c37dc1b7d2b6d787c178fb3826c58d016b14c4cfcb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DetailOuverture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numero"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numero"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numero"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}},{"kind":"Field","name":{"kind":"Name","value":"frequencePaiement"}},{"kind":"Field","name":{"kind":"Name","value":"motifNonOuverture"}},{"kind":"Field","name":{"kind":"Name","value":"stagiaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateEntree"}}]}}]}}]}}]} as unknown as DocumentNode<DetailOuvertureQuery, DetailOuvertureQueryVariables>;
export const OuvrirActionDocument = {"__meta__":{"hash":"sha256:251e5b24057cb22bd8ddbfdb0c43ee669002eaee8e7fc950875026221615d507"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OuvrirAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OuvertureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ouvrirAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}},{"kind":"Field","name":{"kind":"Name","value":"frequencePaiement"}}]}}]}}]} as unknown as DocumentNode<OuvrirActionMutation, OuvrirActionMutationVariables>;
export const DeclarerNonOuvertureDocument = {"__meta__":{"hash":"sha256:e1b3069d4af77bacec5fc56ae82e4aba5281cb35d4a2189d588a49be45e3da58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclarerNonOuverture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motif"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarerNonOuverture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"motif"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motif"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"motifNonOuverture"}}]}}]}}]} as unknown as DocumentNode<DeclarerNonOuvertureMutation, DeclarerNonOuvertureMutationVariables>;