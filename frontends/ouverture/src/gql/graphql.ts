/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type OuvertureActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OuvertureActionsQuery = { actions: Array<{ id: string, numero: string, intitule: string, numeroContrat: string, anneeProgrammation: number, statut: StatutAction | null, dateDebutPrevue: string, dateFinPrevue: string }> };


export const OuvertureActionsDocument = {"__meta__":{"hash":"sha256:466a2ad10850460263db5e09732a6e8507b1153976b1fb3068349e2afa0a7ac6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OuvertureActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"numeroContrat"}},{"kind":"Field","name":{"kind":"Name","value":"anneeProgrammation"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}}]}}]}}]} as unknown as DocumentNode<OuvertureActionsQuery, OuvertureActionsQueryVariables>;