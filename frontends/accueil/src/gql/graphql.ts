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

export type LigneActionAccueilFragment = { __typename: 'Action', id: string, numero: string, intitule: string, numeroContrat: string, anneeProgrammation: number, statut: StatutAction, dateDebutReelle: string | null, dateFinPrevue: string } & { ' $fragmentName'?: 'LigneActionAccueilFragment' };

export type AccueilQueryVariables = Exact<{ [key: string]: never; }>;


export type AccueilQuery = { moi: { id: string, role: RoleCompte, organisme: { id: string, raisonSociale: string } | null }, tableauDeBord: { ' $fragmentRefs'?: { 'IndicateursAccueilFragment': IndicateursAccueilFragment } }, actions: Array<(
    { id: string, statut: StatutAction }
    & { ' $fragmentRefs'?: { 'LigneActionAccueilFragment': LigneActionAccueilFragment } }
  )> };

export type IndicateursAccueilFragment = { __typename: 'TableauDeBord', actionsEnAttenteOuverture: number, actionsEnCours: number, actionsEnRetardFermeture: number, inscriptionsEnAttente: number, declarationsEnAttente: number } & { ' $fragmentName'?: 'IndicateursAccueilFragment' };

export const LigneActionAccueilFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LigneActionAccueil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"numeroContrat"}},{"kind":"Field","name":{"kind":"Name","value":"anneeProgrammation"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}}]}}]} as unknown as DocumentNode<LigneActionAccueilFragment, unknown>;
export const IndicateursAccueilFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicateursAccueil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableauDeBord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnAttenteOuverture"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnCours"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnRetardFermeture"}},{"kind":"Field","name":{"kind":"Name","value":"inscriptionsEnAttente"}},{"kind":"Field","name":{"kind":"Name","value":"declarationsEnAttente"}}]}}]} as unknown as DocumentNode<IndicateursAccueilFragment, unknown>;
export const AccueilDocument = {"__meta__":{"hash":"sha256:f51ed4f076bcb05fd26f7744b6c38dd5122b7530ea7ebb84ef88e23f58280562"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accueil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tableauDeBord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicateursAccueil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LigneActionAccueil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicateursAccueil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableauDeBord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnAttenteOuverture"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnCours"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnRetardFermeture"}},{"kind":"Field","name":{"kind":"Name","value":"inscriptionsEnAttente"}},{"kind":"Field","name":{"kind":"Name","value":"declarationsEnAttente"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LigneActionAccueil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"numeroContrat"}},{"kind":"Field","name":{"kind":"Name","value":"anneeProgrammation"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}}]}}]} as unknown as DocumentNode<AccueilQuery, AccueilQueryVariables>;