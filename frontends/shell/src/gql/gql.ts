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
    "\n  query Moi {\n    moi {\n      id\n      identifiant\n      role\n      organisme {\n        id\n        code\n        raisonSociale\n        adresse\n        complementAdresse\n        codePostal\n        ville\n      }\n    }\n  }\n": typeof types.MoiDocument,
    "\n  mutation Connexion($identifiant: String!, $motDePasse: String!) {\n    connexion(identifiant: $identifiant, motDePasse: $motDePasse) {\n      jeton\n      expiration\n    }\n  }\n": typeof types.ConnexionDocument,
    "\n  mutation ModifierCompte($input: ModifierCompteInput!) {\n    modifierCompte(input: $input) {\n      id\n      identifiant\n      organisme {\n        id\n        adresse\n        complementAdresse\n        codePostal\n        ville\n      }\n    }\n  }\n": typeof types.ModifierCompteDocument,
    "\n  mutation MotDePasseOublie($email: String!) {\n    motDePasseOublie(email: $email)\n  }\n": typeof types.MotDePasseOublieDocument,
    "\n  mutation ReinitialiserMotDePasse($jeton: String!, $motDePasse: String!, $confirmation: String!) {\n    reinitialiserMotDePasse(jeton: $jeton, motDePasse: $motDePasse, confirmation: $confirmation)\n  }\n": typeof types.ReinitialiserMotDePasseDocument,
    "\n  query NoticesActions {\n    actions {\n      id\n      statut\n      dateFinPrevue\n    }\n  }\n": typeof types.NoticesActionsDocument,
    "\n  query NoticesDecisions {\n    actions {\n      id\n      numero\n      factures {\n        id\n        numero\n        periode\n        support\n        statut\n        motifRejet\n        dateDecision\n      }\n      demandesModification {\n        id\n        libelleType\n        etat\n        observations\n        historique {\n          id\n          date\n        }\n      }\n    }\n    demandesModificationStagiaire {\n      id\n      etat\n      motifRefus\n      traiteeLe\n      stagiaire {\n        id\n        nom\n        prenom\n      }\n    }\n  }\n": typeof types.NoticesDecisionsDocument,
    "\n  query NoticesEcheances {\n    actions {\n      id\n      numero\n      statut\n      declarations {\n        id\n        mois\n        libelle\n        etat\n        dateLimiteConfirmation\n      }\n      aFacturer {\n        periode\n        disponible\n      }\n    }\n  }\n": typeof types.NoticesEcheancesDocument,
};
const documents: Documents = {
    "\n  query Moi {\n    moi {\n      id\n      identifiant\n      role\n      organisme {\n        id\n        code\n        raisonSociale\n        adresse\n        complementAdresse\n        codePostal\n        ville\n      }\n    }\n  }\n": types.MoiDocument,
    "\n  mutation Connexion($identifiant: String!, $motDePasse: String!) {\n    connexion(identifiant: $identifiant, motDePasse: $motDePasse) {\n      jeton\n      expiration\n    }\n  }\n": types.ConnexionDocument,
    "\n  mutation ModifierCompte($input: ModifierCompteInput!) {\n    modifierCompte(input: $input) {\n      id\n      identifiant\n      organisme {\n        id\n        adresse\n        complementAdresse\n        codePostal\n        ville\n      }\n    }\n  }\n": types.ModifierCompteDocument,
    "\n  mutation MotDePasseOublie($email: String!) {\n    motDePasseOublie(email: $email)\n  }\n": types.MotDePasseOublieDocument,
    "\n  mutation ReinitialiserMotDePasse($jeton: String!, $motDePasse: String!, $confirmation: String!) {\n    reinitialiserMotDePasse(jeton: $jeton, motDePasse: $motDePasse, confirmation: $confirmation)\n  }\n": types.ReinitialiserMotDePasseDocument,
    "\n  query NoticesActions {\n    actions {\n      id\n      statut\n      dateFinPrevue\n    }\n  }\n": types.NoticesActionsDocument,
    "\n  query NoticesDecisions {\n    actions {\n      id\n      numero\n      factures {\n        id\n        numero\n        periode\n        support\n        statut\n        motifRejet\n        dateDecision\n      }\n      demandesModification {\n        id\n        libelleType\n        etat\n        observations\n        historique {\n          id\n          date\n        }\n      }\n    }\n    demandesModificationStagiaire {\n      id\n      etat\n      motifRefus\n      traiteeLe\n      stagiaire {\n        id\n        nom\n        prenom\n      }\n    }\n  }\n": types.NoticesDecisionsDocument,
    "\n  query NoticesEcheances {\n    actions {\n      id\n      numero\n      statut\n      declarations {\n        id\n        mois\n        libelle\n        etat\n        dateLimiteConfirmation\n      }\n      aFacturer {\n        periode\n        disponible\n      }\n    }\n  }\n": types.NoticesEcheancesDocument,
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
export function graphql(source: "\n  query Moi {\n    moi {\n      id\n      identifiant\n      role\n      organisme {\n        id\n        code\n        raisonSociale\n        adresse\n        complementAdresse\n        codePostal\n        ville\n      }\n    }\n  }\n"): (typeof documents)["\n  query Moi {\n    moi {\n      id\n      identifiant\n      role\n      organisme {\n        id\n        code\n        raisonSociale\n        adresse\n        complementAdresse\n        codePostal\n        ville\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Connexion($identifiant: String!, $motDePasse: String!) {\n    connexion(identifiant: $identifiant, motDePasse: $motDePasse) {\n      jeton\n      expiration\n    }\n  }\n"): (typeof documents)["\n  mutation Connexion($identifiant: String!, $motDePasse: String!) {\n    connexion(identifiant: $identifiant, motDePasse: $motDePasse) {\n      jeton\n      expiration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModifierCompte($input: ModifierCompteInput!) {\n    modifierCompte(input: $input) {\n      id\n      identifiant\n      organisme {\n        id\n        adresse\n        complementAdresse\n        codePostal\n        ville\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModifierCompte($input: ModifierCompteInput!) {\n    modifierCompte(input: $input) {\n      id\n      identifiant\n      organisme {\n        id\n        adresse\n        complementAdresse\n        codePostal\n        ville\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MotDePasseOublie($email: String!) {\n    motDePasseOublie(email: $email)\n  }\n"): (typeof documents)["\n  mutation MotDePasseOublie($email: String!) {\n    motDePasseOublie(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinitialiserMotDePasse($jeton: String!, $motDePasse: String!, $confirmation: String!) {\n    reinitialiserMotDePasse(jeton: $jeton, motDePasse: $motDePasse, confirmation: $confirmation)\n  }\n"): (typeof documents)["\n  mutation ReinitialiserMotDePasse($jeton: String!, $motDePasse: String!, $confirmation: String!) {\n    reinitialiserMotDePasse(jeton: $jeton, motDePasse: $motDePasse, confirmation: $confirmation)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesActions {\n    actions {\n      id\n      statut\n      dateFinPrevue\n    }\n  }\n"): (typeof documents)["\n  query NoticesActions {\n    actions {\n      id\n      statut\n      dateFinPrevue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesDecisions {\n    actions {\n      id\n      numero\n      factures {\n        id\n        numero\n        periode\n        support\n        statut\n        motifRejet\n        dateDecision\n      }\n      demandesModification {\n        id\n        libelleType\n        etat\n        observations\n        historique {\n          id\n          date\n        }\n      }\n    }\n    demandesModificationStagiaire {\n      id\n      etat\n      motifRefus\n      traiteeLe\n      stagiaire {\n        id\n        nom\n        prenom\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticesDecisions {\n    actions {\n      id\n      numero\n      factures {\n        id\n        numero\n        periode\n        support\n        statut\n        motifRejet\n        dateDecision\n      }\n      demandesModification {\n        id\n        libelleType\n        etat\n        observations\n        historique {\n          id\n          date\n        }\n      }\n    }\n    demandesModificationStagiaire {\n      id\n      etat\n      motifRefus\n      traiteeLe\n      stagiaire {\n        id\n        nom\n        prenom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesEcheances {\n    actions {\n      id\n      numero\n      statut\n      declarations {\n        id\n        mois\n        libelle\n        etat\n        dateLimiteConfirmation\n      }\n      aFacturer {\n        periode\n        disponible\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticesEcheances {\n    actions {\n      id\n      numero\n      statut\n      declarations {\n        id\n        mois\n        libelle\n        etat\n        dateLimiteConfirmation\n      }\n      aFacturer {\n        periode\n        disponible\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;