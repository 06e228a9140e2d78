/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Statut d'une facture. */
export type StatutFacture =
  /** À émettre. */
  | 'A_EMETTRE'
  /** Émise, en attente de validation Région. */
  | 'EMISE'
  /** Payée. */
  | 'PAYEE'
  /** Rejetée par la Région (avec un motif). */
  | 'REJETEE'
  /** Facture signée déposée. */
  | 'SIGNEE_DEPOSEE'
  /** Validée par la Région. */
  | 'VALIDEE';

export type RegionFacturesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionFacturesQuery = { actions: Array<{ id: string, numero: string, organisme: { id: string, code: string, raisonSociale: string }, factures: Array<{ id: string, numero: string, periode: string | null, montantHT: string, montantTTC: string, statut: StatutFacture, dateEmission: string | null }> | null }> };


export const RegionFacturesDocument = {"__meta__":{"hash":"sha256:914275bbe39b1ee43f8a9ab8828d75f1820621a2463f18722a1f5c32d5620797"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionFactures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}}]}}]}}]}}]} as unknown as DocumentNode<RegionFacturesQuery, RegionFacturesQueryVariables>;