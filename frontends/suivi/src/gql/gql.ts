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
    "\n  query SuiviActions($page: Int, $parPage: Int) {\n    listeActionsParStatut(statuts: [EC], page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        numero\n        intitule\n        financementFse\n        declarations {\n          id\n          mois\n          libelle\n          etat\n        }\n      }\n    }\n  }\n": typeof types.SuiviActionsDocument,
    "\n  query DeclarationMois($actionId: ID!, $mois: String!) {\n    declaration(actionId: $actionId, mois: $mois) {\n      id\n      mois\n      libelle\n      etat\n      confirmable\n      saisieOuverte\n      confirmeeLe\n      dateLimiteConfirmation\n      ...RecapDeclaration\n    }\n  }\n": typeof types.DeclarationMoisDocument,
    "\n  mutation ConfirmerDeclaration($actionId: ID!, $mois: String!) {\n    confirmerDeclaration(actionId: $actionId, mois: $mois) {\n      id\n      etat\n      confirmeeLe\n    }\n  }\n": typeof types.ConfirmerDeclarationDocument,
    "\n  query SaisieHeures($actionId: ID!, $mois: String!, $stagiaireId: ID!) {\n    stagiaire(id: $stagiaireId) {\n      id\n      nom\n      prenom\n      dateEntree\n      dateSortie\n    }\n    declaration(actionId: $actionId, mois: $mois) {\n      id\n      libelle\n      saisieOuverte\n      lignes {\n        stagiaire {\n          id\n        }\n        heuresRealiseesCentre\n        heuresNonRealiseesJustifieesCentre\n        heuresNonRealiseesNonJustifieesCentre\n        heuresRealiseesEntreprise\n        heuresNonRealiseesJustifieesEntreprise\n        heuresNonRealiseesNonJustifieesEntreprise\n        absences {\n          dateDebut\n          dateFin\n          motif\n          lieu\n          justifiee\n          heures\n        }\n      }\n    }\n  }\n": typeof types.SaisieHeuresDocument,
    "\n  mutation SaisirHeures($input: SaisieHeuresInput!) {\n    saisirHeures(input: $input) {\n      id\n      totalHeures\n    }\n  }\n": typeof types.SaisirHeuresDocument,
    "\n  fragment RecapDeclaration on DeclarationMensuelle {\n    __typename\n    mois\n    libelle\n    etat\n    saisieOuverte\n    heuresCentre\n    heuresEntreprise\n    totalHeures\n    lignes {\n      stagiaire {\n        id\n        nom\n        prenom\n        dateNaissance\n        codeInsee\n        dateEntree\n        dateSortie\n        finFormation\n        libelleMotifSortie\n      }\n      heuresCentre\n      heuresEntreprise\n      cumulHeuresCentre\n      cumulHeuresEntreprise\n      cumulTotalHeures\n    }\n  }\n": typeof types.RecapDeclarationFragmentDoc,
};
const documents: Documents = {
    "\n  query SuiviActions($page: Int, $parPage: Int) {\n    listeActionsParStatut(statuts: [EC], page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        numero\n        intitule\n        financementFse\n        declarations {\n          id\n          mois\n          libelle\n          etat\n        }\n      }\n    }\n  }\n": types.SuiviActionsDocument,
    "\n  query DeclarationMois($actionId: ID!, $mois: String!) {\n    declaration(actionId: $actionId, mois: $mois) {\n      id\n      mois\n      libelle\n      etat\n      confirmable\n      saisieOuverte\n      confirmeeLe\n      dateLimiteConfirmation\n      ...RecapDeclaration\n    }\n  }\n": types.DeclarationMoisDocument,
    "\n  mutation ConfirmerDeclaration($actionId: ID!, $mois: String!) {\n    confirmerDeclaration(actionId: $actionId, mois: $mois) {\n      id\n      etat\n      confirmeeLe\n    }\n  }\n": types.ConfirmerDeclarationDocument,
    "\n  query SaisieHeures($actionId: ID!, $mois: String!, $stagiaireId: ID!) {\n    stagiaire(id: $stagiaireId) {\n      id\n      nom\n      prenom\n      dateEntree\n      dateSortie\n    }\n    declaration(actionId: $actionId, mois: $mois) {\n      id\n      libelle\n      saisieOuverte\n      lignes {\n        stagiaire {\n          id\n        }\n        heuresRealiseesCentre\n        heuresNonRealiseesJustifieesCentre\n        heuresNonRealiseesNonJustifieesCentre\n        heuresRealiseesEntreprise\n        heuresNonRealiseesJustifieesEntreprise\n        heuresNonRealiseesNonJustifieesEntreprise\n        absences {\n          dateDebut\n          dateFin\n          motif\n          lieu\n          justifiee\n          heures\n        }\n      }\n    }\n  }\n": types.SaisieHeuresDocument,
    "\n  mutation SaisirHeures($input: SaisieHeuresInput!) {\n    saisirHeures(input: $input) {\n      id\n      totalHeures\n    }\n  }\n": types.SaisirHeuresDocument,
    "\n  fragment RecapDeclaration on DeclarationMensuelle {\n    __typename\n    mois\n    libelle\n    etat\n    saisieOuverte\n    heuresCentre\n    heuresEntreprise\n    totalHeures\n    lignes {\n      stagiaire {\n        id\n        nom\n        prenom\n        dateNaissance\n        codeInsee\n        dateEntree\n        dateSortie\n        finFormation\n        libelleMotifSortie\n      }\n      heuresCentre\n      heuresEntreprise\n      cumulHeuresCentre\n      cumulHeuresEntreprise\n      cumulTotalHeures\n    }\n  }\n": types.RecapDeclarationFragmentDoc,
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
export function graphql(source: "\n  query SuiviActions($page: Int, $parPage: Int) {\n    listeActionsParStatut(statuts: [EC], page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        numero\n        intitule\n        financementFse\n        declarations {\n          id\n          mois\n          libelle\n          etat\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuiviActions($page: Int, $parPage: Int) {\n    listeActionsParStatut(statuts: [EC], page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        numero\n        intitule\n        financementFse\n        declarations {\n          id\n          mois\n          libelle\n          etat\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarationMois($actionId: ID!, $mois: String!) {\n    declaration(actionId: $actionId, mois: $mois) {\n      id\n      mois\n      libelle\n      etat\n      confirmable\n      saisieOuverte\n      confirmeeLe\n      dateLimiteConfirmation\n      ...RecapDeclaration\n    }\n  }\n"): (typeof documents)["\n  query DeclarationMois($actionId: ID!, $mois: String!) {\n    declaration(actionId: $actionId, mois: $mois) {\n      id\n      mois\n      libelle\n      etat\n      confirmable\n      saisieOuverte\n      confirmeeLe\n      dateLimiteConfirmation\n      ...RecapDeclaration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmerDeclaration($actionId: ID!, $mois: String!) {\n    confirmerDeclaration(actionId: $actionId, mois: $mois) {\n      id\n      etat\n      confirmeeLe\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmerDeclaration($actionId: ID!, $mois: String!) {\n    confirmerDeclaration(actionId: $actionId, mois: $mois) {\n      id\n      etat\n      confirmeeLe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SaisieHeures($actionId: ID!, $mois: String!, $stagiaireId: ID!) {\n    stagiaire(id: $stagiaireId) {\n      id\n      nom\n      prenom\n      dateEntree\n      dateSortie\n    }\n    declaration(actionId: $actionId, mois: $mois) {\n      id\n      libelle\n      saisieOuverte\n      lignes {\n        stagiaire {\n          id\n        }\n        heuresRealiseesCentre\n        heuresNonRealiseesJustifieesCentre\n        heuresNonRealiseesNonJustifieesCentre\n        heuresRealiseesEntreprise\n        heuresNonRealiseesJustifieesEntreprise\n        heuresNonRealiseesNonJustifieesEntreprise\n        absences {\n          dateDebut\n          dateFin\n          motif\n          lieu\n          justifiee\n          heures\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SaisieHeures($actionId: ID!, $mois: String!, $stagiaireId: ID!) {\n    stagiaire(id: $stagiaireId) {\n      id\n      nom\n      prenom\n      dateEntree\n      dateSortie\n    }\n    declaration(actionId: $actionId, mois: $mois) {\n      id\n      libelle\n      saisieOuverte\n      lignes {\n        stagiaire {\n          id\n        }\n        heuresRealiseesCentre\n        heuresNonRealiseesJustifieesCentre\n        heuresNonRealiseesNonJustifieesCentre\n        heuresRealiseesEntreprise\n        heuresNonRealiseesJustifieesEntreprise\n        heuresNonRealiseesNonJustifieesEntreprise\n        absences {\n          dateDebut\n          dateFin\n          motif\n          lieu\n          justifiee\n          heures\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaisirHeures($input: SaisieHeuresInput!) {\n    saisirHeures(input: $input) {\n      id\n      totalHeures\n    }\n  }\n"): (typeof documents)["\n  mutation SaisirHeures($input: SaisieHeuresInput!) {\n    saisirHeures(input: $input) {\n      id\n      totalHeures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecapDeclaration on DeclarationMensuelle {\n    __typename\n    mois\n    libelle\n    etat\n    saisieOuverte\n    heuresCentre\n    heuresEntreprise\n    totalHeures\n    lignes {\n      stagiaire {\n        id\n        nom\n        prenom\n        dateNaissance\n        codeInsee\n        dateEntree\n        dateSortie\n        finFormation\n        libelleMotifSortie\n      }\n      heuresCentre\n      heuresEntreprise\n      cumulHeuresCentre\n      cumulHeuresEntreprise\n      cumulTotalHeures\n    }\n  }\n"): (typeof documents)["\n  fragment RecapDeclaration on DeclarationMensuelle {\n    __typename\n    mois\n    libelle\n    etat\n    saisieOuverte\n    heuresCentre\n    heuresEntreprise\n    totalHeures\n    lignes {\n      stagiaire {\n        id\n        nom\n        prenom\n        dateNaissance\n        codeInsee\n        dateEntree\n        dateSortie\n        finFormation\n        libelleMotifSortie\n      }\n      heuresCentre\n      heuresEntreprise\n      cumulHeuresCentre\n      cumulHeuresEntreprise\n      cumulTotalHeures\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;