/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OuvertureActions {\n    actions {\n      id\n      numero\n      intitule\n      numeroContrat\n      anneeProgrammation\n      statut\n      dateDebutPrevue\n      dateFinPrevue\n    }\n  }\n": typeof types.OuvertureActionsDocument,
    "\n  query DetailOuverture($numero: String!) {\n    action(numero: $numero) {\n      id\n      numero\n      intitule\n      type\n      statut\n      dateDebutPrevue\n      dateDebutReelle\n      frequencePaiement\n      motifNonOuverture\n      stagiaires {\n        id\n        dateEntree\n      }\n    }\n  }\n": typeof types.DetailOuvertureDocument,
    "\n  mutation OuvrirAction($input: OuvertureInput!) {\n    ouvrirAction(input: $input) {\n      id\n      statut\n      dateDebutReelle\n      frequencePaiement\n    }\n  }\n": typeof types.OuvrirActionDocument,
    "\n  mutation DeclarerNonOuverture($actionId: ID!, $motif: String) {\n    declarerNonOuverture(actionId: $actionId, motif: $motif) {\n      id\n      statut\n      motifNonOuverture\n    }\n  }\n": typeof types.DeclarerNonOuvertureDocument,
};
const documents: Documents = {
    "\n  query OuvertureActions {\n    actions {\n      id\n      numero\n      intitule\n      numeroContrat\n      anneeProgrammation\n      statut\n      dateDebutPrevue\n      dateFinPrevue\n    }\n  }\n": types.OuvertureActionsDocument,
    "\n  query DetailOuverture($numero: String!) {\n    action(numero: $numero) {\n      id\n      numero\n      intitule\n      type\n      statut\n      dateDebutPrevue\n      dateDebutReelle\n      frequencePaiement\n      motifNonOuverture\n      stagiaires {\n        id\n        dateEntree\n      }\n    }\n  }\n": types.DetailOuvertureDocument,
    "\n  mutation OuvrirAction($input: OuvertureInput!) {\n    ouvrirAction(input: $input) {\n      id\n      statut\n      dateDebutReelle\n      frequencePaiement\n    }\n  }\n": types.OuvrirActionDocument,
    "\n  mutation DeclarerNonOuverture($actionId: ID!, $motif: String) {\n    declarerNonOuverture(actionId: $actionId, motif: $motif) {\n      id\n      statut\n      motifNonOuverture\n    }\n  }\n": types.DeclarerNonOuvertureDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OuvertureActions {\n    actions {\n      id\n      numero\n      intitule\n      numeroContrat\n      anneeProgrammation\n      statut\n      dateDebutPrevue\n      dateFinPrevue\n    }\n  }\n"): (typeof documents)["\n  query OuvertureActions {\n    actions {\n      id\n      numero\n      intitule\n      numeroContrat\n      anneeProgrammation\n      statut\n      dateDebutPrevue\n      dateFinPrevue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetailOuverture($numero: String!) {\n    action(numero: $numero) {\n      id\n      numero\n      intitule\n      type\n      statut\n      dateDebutPrevue\n      dateDebutReelle\n      frequencePaiement\n      motifNonOuverture\n      stagiaires {\n        id\n        dateEntree\n      }\n    }\n  }\n"): (typeof documents)["\n  query DetailOuverture($numero: String!) {\n    action(numero: $numero) {\n      id\n      numero\n      intitule\n      type\n      statut\n      dateDebutPrevue\n      dateDebutReelle\n      frequencePaiement\n      motifNonOuverture\n      stagiaires {\n        id\n        dateEntree\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OuvrirAction($input: OuvertureInput!) {\n    ouvrirAction(input: $input) {\n      id\n      statut\n      dateDebutReelle\n      frequencePaiement\n    }\n  }\n"): (typeof documents)["\n  mutation OuvrirAction($input: OuvertureInput!) {\n    ouvrirAction(input: $input) {\n      id\n      statut\n      dateDebutReelle\n      frequencePaiement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclarerNonOuverture($actionId: ID!, $motif: String) {\n    declarerNonOuverture(actionId: $actionId, motif: $motif) {\n      id\n      statut\n      motifNonOuverture\n    }\n  }\n"): (typeof documents)["\n  mutation DeclarerNonOuverture($actionId: ID!, $motif: String) {\n    declarerNonOuverture(actionId: $actionId, motif: $motif) {\n      id\n      statut\n      motifNonOuverture\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;