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

export type FacturationQueryVariables = Exact<{ [key: string]: never; }>;


export type FacturationQuery = { actions: Array<{ id: string, numero: string, intitule: string, organisme: { id: string, code: string }, factures: Array<{ id: string, numero: string, periode: string | null, montantHT: string, montantTTC: string, statut: StatutFacture, dateEmission: string | null }> | null }> };


export const FacturationDocument = {"__meta__":{"hash":"sha256:af5f48b03fde90840c5eb2d0413a90f51e4d164f3686042e531c137525c7523d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Facturation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}}]}}]}}]}}]} as unknown as DocumentNode<FacturationQuery, FacturationQueryVariables>;