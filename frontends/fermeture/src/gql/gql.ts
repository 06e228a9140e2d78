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
    "\n  fragment StagiaireBilan on Stagiaire {\n    id\n    nom\n    prenom\n    dateEntree\n    dateSortie\n    finFormation\n    libelleMotifSortie\n    enquetes {\n      id\n      moment\n      situation\n      contrat\n    }\n  }\n": typeof types.StagiaireBilanFragmentDoc,
    "\n  fragment BilanPedagogiqueVue on BilanPedagogique {\n    stagiairesEntres\n      stagiairesSortis\n      finsDeFormation\n      sortiesAnticipees\n      complet\n      sortiesParMotif {\n        code\n        libelle\n        nombre\n      }\n      enquetes {\n        moment\n        attendues\n        renseignees\n        parSituation {\n          code\n          libelle\n          nombre\n        }\n      }\n  }\n": typeof types.BilanPedagogiqueVueFragmentDoc,
    "\n  mutation CloturerAction($actionId: ID!, $dateFinReelle: Date!) {\n    cloturerAction(actionId: $actionId, dateFinReelle: $dateFinReelle) {\n      avertissement\n      action {\n        id\n        statut\n        dateFinReelle\n      }\n    }\n  }\n": typeof types.CloturerActionDocument,
    "\n  mutation SaisirEnquete($input: EnqueteInput!) {\n    saisirEnquete(input: $input) {\n      __typename\n      id\n      moment\n      situation\n      contrat\n    }\n  }\n": typeof types.SaisirEnqueteDocument,
    "\n  query FermetureActions {\n    actions {\n      id\n      numero\n      intitule\n      statut\n      dateDebutPrevue\n      dateFinPrevue\n      dateDebutReelle\n      dateFinReelle\n      stagiaires {\n        __typename\n        ...StagiaireBilan\n      }\n      bilanPedagogique {\n        __typename\n        ...BilanPedagogiqueVue\n      }\n    }\n  }\n": typeof types.FermetureActionsDocument,
};
const documents: Documents = {
    "\n  fragment StagiaireBilan on Stagiaire {\n    id\n    nom\n    prenom\n    dateEntree\n    dateSortie\n    finFormation\n    libelleMotifSortie\n    enquetes {\n      id\n      moment\n      situation\n      contrat\n    }\n  }\n": types.StagiaireBilanFragmentDoc,
    "\n  fragment BilanPedagogiqueVue on BilanPedagogique {\n    stagiairesEntres\n      stagiairesSortis\n      finsDeFormation\n      sortiesAnticipees\n      complet\n      sortiesParMotif {\n        code\n        libelle\n        nombre\n      }\n      enquetes {\n        moment\n        attendues\n        renseignees\n        parSituation {\n          code\n          libelle\n          nombre\n        }\n      }\n  }\n": types.BilanPedagogiqueVueFragmentDoc,
    "\n  mutation CloturerAction($actionId: ID!, $dateFinReelle: Date!) {\n    cloturerAction(actionId: $actionId, dateFinReelle: $dateFinReelle) {\n      avertissement\n      action {\n        id\n        statut\n        dateFinReelle\n      }\n    }\n  }\n": types.CloturerActionDocument,
    "\n  mutation SaisirEnquete($input: EnqueteInput!) {\n    saisirEnquete(input: $input) {\n      __typename\n      id\n      moment\n      situation\n      contrat\n    }\n  }\n": types.SaisirEnqueteDocument,
    "\n  query FermetureActions {\n    actions {\n      id\n      numero\n      intitule\n      statut\n      dateDebutPrevue\n      dateFinPrevue\n      dateDebutReelle\n      dateFinReelle\n      stagiaires {\n        __typename\n        ...StagiaireBilan\n      }\n      bilanPedagogique {\n        __typename\n        ...BilanPedagogiqueVue\n      }\n    }\n  }\n": types.FermetureActionsDocument,
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
export function graphql(source: "\n  fragment StagiaireBilan on Stagiaire {\n    id\n    nom\n    prenom\n    dateEntree\n    dateSortie\n    finFormation\n    libelleMotifSortie\n    enquetes {\n      id\n      moment\n      situation\n      contrat\n    }\n  }\n"): (typeof documents)["\n  fragment StagiaireBilan on Stagiaire {\n    id\n    nom\n    prenom\n    dateEntree\n    dateSortie\n    finFormation\n    libelleMotifSortie\n    enquetes {\n      id\n      moment\n      situation\n      contrat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BilanPedagogiqueVue on BilanPedagogique {\n    stagiairesEntres\n      stagiairesSortis\n      finsDeFormation\n      sortiesAnticipees\n      complet\n      sortiesParMotif {\n        code\n        libelle\n        nombre\n      }\n      enquetes {\n        moment\n        attendues\n        renseignees\n        parSituation {\n          code\n          libelle\n          nombre\n        }\n      }\n  }\n"): (typeof documents)["\n  fragment BilanPedagogiqueVue on BilanPedagogique {\n    stagiairesEntres\n      stagiairesSortis\n      finsDeFormation\n      sortiesAnticipees\n      complet\n      sortiesParMotif {\n        code\n        libelle\n        nombre\n      }\n      enquetes {\n        moment\n        attendues\n        renseignees\n        parSituation {\n          code\n          libelle\n          nombre\n        }\n      }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloturerAction($actionId: ID!, $dateFinReelle: Date!) {\n    cloturerAction(actionId: $actionId, dateFinReelle: $dateFinReelle) {\n      avertissement\n      action {\n        id\n        statut\n        dateFinReelle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloturerAction($actionId: ID!, $dateFinReelle: Date!) {\n    cloturerAction(actionId: $actionId, dateFinReelle: $dateFinReelle) {\n      avertissement\n      action {\n        id\n        statut\n        dateFinReelle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaisirEnquete($input: EnqueteInput!) {\n    saisirEnquete(input: $input) {\n      __typename\n      id\n      moment\n      situation\n      contrat\n    }\n  }\n"): (typeof documents)["\n  mutation SaisirEnquete($input: EnqueteInput!) {\n    saisirEnquete(input: $input) {\n      __typename\n      id\n      moment\n      situation\n      contrat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FermetureActions {\n    actions {\n      id\n      numero\n      intitule\n      statut\n      dateDebutPrevue\n      dateFinPrevue\n      dateDebutReelle\n      dateFinReelle\n      stagiaires {\n        __typename\n        ...StagiaireBilan\n      }\n      bilanPedagogique {\n        __typename\n        ...BilanPedagogiqueVue\n      }\n    }\n  }\n"): (typeof documents)["\n  query FermetureActions {\n    actions {\n      id\n      numero\n      intitule\n      statut\n      dateDebutPrevue\n      dateFinPrevue\n      dateDebutReelle\n      dateFinReelle\n      stagiaires {\n        __typename\n        ...StagiaireBilan\n      }\n      bilanPedagogique {\n        __typename\n        ...BilanPedagogiqueVue\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;