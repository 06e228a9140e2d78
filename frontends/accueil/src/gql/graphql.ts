/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Rôle d'un compte. */
export type RoleCompte =
  /** Consommateur des flux de l'offre publiée (lecture seule, aucune donnée personnelle). */
  | 'CARIF'
  /** Organisme de formation : ses propres actions seulement. */
  | 'ORGANISME'
  /** Instructeur / gestionnaire de la Région : lit tout, valide, paie. */
  | 'REGION'
  /** Compte technique d'un sous-graphe (lectures inter-services). */
  | 'SERVICE';

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

export type AccueilQueryVariables = Exact<{ [key: string]: never; }>;


export type AccueilQuery = { moi: { id: string, role: RoleCompte, organisme: { id: string, raisonSociale: string } | null }, actions: Array<{ id: string, statut: StatutAction | null, dateFinPrevue: string }> };


export const AccueilDocument = {"__meta__":{"hash":"sha256:2ce8b6c402ba81a3d9a72f99f083eb12d992c567d3bec124d3fe2bafc9989fc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accueil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}}]}}]}}]} as unknown as DocumentNode<AccueilQuery, AccueilQueryVariables>;