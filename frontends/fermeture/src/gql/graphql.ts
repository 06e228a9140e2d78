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

export type FermetureActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FermetureActionsQuery = { actions: Array<{ id: string, numero: string, intitule: string, statut: StatutAction | null, dateDebutPrevue: string, dateFinPrevue: string }> };


export const FermetureActionsDocument = {"__meta__":{"hash":"sha256:50dddacf8eb7180c1945269ad0d175e9cf0cdc64bc5dba5ecc0a1fd5c1eeeec0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FermetureActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}}]}}]}}]} as unknown as DocumentNode<FermetureActionsQuery, FermetureActionsQueryVariables>;