/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** « Modifier votre compte » : seuls les champs fournis changent. */
export type ModifierCompteInput = {
  /** Adresse de l'organisme. */
  adresse?: string | null | undefined;
  /** Code postal (5 chiffres). */
  codePostal?: string | null | undefined;
  /** Complément d'adresse. */
  complementAdresse?: string | null | undefined;
  /** Confirmation du mot de passe. */
  confirmation?: string | null | undefined;
  /** Nouvel identifiant (3 à 60 caractères : lettres, chiffres, . _ -). */
  identifiant?: string | null | undefined;
  /** Nouveau mot de passe (10 caractères au moins). */
  motDePasse?: string | null | undefined;
  /** Ville. */
  ville?: string | null | undefined;
};

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

export type MoiQueryVariables = Exact<{ [key: string]: never; }>;


export type MoiQuery = { moi: { id: string, identifiant: string, role: RoleCompte, organisme: { id: string, code: string, raisonSociale: string, adresse: string | null, complementAdresse: string | null, codePostal: string | null, ville: string | null } | null } };

export type ConnexionMutationVariables = Exact<{
  identifiant: string;
  motDePasse: string;
}>;


export type ConnexionMutation = { connexion: { jeton: string, expiration: string } };

export type ModifierCompteMutationVariables = Exact<{
  input: ModifierCompteInput;
}>;


export type ModifierCompteMutation = { modifierCompte: { id: string, identifiant: string, organisme: { id: string, adresse: string | null, complementAdresse: string | null, codePostal: string | null, ville: string | null } | null } };

export type MotDePasseOublieMutationVariables = Exact<{
  email: string;
}>;


export type MotDePasseOublieMutation = { motDePasseOublie: string };

export type ReinitialiserMotDePasseMutationVariables = Exact<{
  jeton: string;
  motDePasse: string;
  confirmation: string;
}>;


export type ReinitialiserMotDePasseMutation = { reinitialiserMotDePasse: string };

export type NoticesActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticesActionsQuery = { actions: Array<{ id: string, statut: StatutAction | null, dateFinPrevue: string }> };


export const MoiDocument = {"__meta__":{"hash":"sha256:cbed833a2a256c4956be9f2b923753f191614fff75d413533de02b3be29d44f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Moi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifiant"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"complementAdresse"}},{"kind":"Field","name":{"kind":"Name","value":"codePostal"}},{"kind":"Field","name":{"kind":"Name","value":"ville"}}]}}]}}]}}]} as unknown as DocumentNode<MoiQuery, MoiQueryVariables>;
export const ConnexionDocument = {"__meta__":{"hash":"sha256:1f6bb15b9c52126f41427aa9ab3263af8891403982fbaeb7a886499209c01bed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Connexion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifiant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motDePasse"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connexion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifiant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifiant"}}},{"kind":"Argument","name":{"kind":"Name","value":"motDePasse"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motDePasse"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jeton"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}}]}}]}}]} as unknown as DocumentNode<ConnexionMutation, ConnexionMutationVariables>;
export const ModifierCompteDocument = {"__meta__":{"hash":"sha256:3f063a00db5138df56e6098287259e697070610798da66af0b28b2c5b710be71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModifierCompte"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModifierCompteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modifierCompte"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifiant"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"complementAdresse"}},{"kind":"Field","name":{"kind":"Name","value":"codePostal"}},{"kind":"Field","name":{"kind":"Name","value":"ville"}}]}}]}}]}}]} as unknown as DocumentNode<ModifierCompteMutation, ModifierCompteMutationVariables>;
export const MotDePasseOublieDocument = {"__meta__":{"hash":"sha256:abaebb9294938fd111a891385fb00beca4c45c74102c5cb459fae11d8cb9a1ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MotDePasseOublie"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motDePasseOublie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<MotDePasseOublieMutation, MotDePasseOublieMutationVariables>;
export const ReinitialiserMotDePasseDocument = {"__meta__":{"hash":"sha256:02cfc47acd64cba9c9c957d928f7db1009e1fed628337598e8644db6c90f3413"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinitialiserMotDePasse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jeton"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motDePasse"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinitialiserMotDePasse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jeton"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jeton"}}},{"kind":"Argument","name":{"kind":"Name","value":"motDePasse"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motDePasse"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmation"}}}]}]}}]} as unknown as DocumentNode<ReinitialiserMotDePasseMutation, ReinitialiserMotDePasseMutationVariables>;
export const NoticesActionsDocument = {"__meta__":{"hash":"sha256:f1db17a6f64533ccbd30f2d241f7fcf68d518d16fbb0e720662cf0c60c960c98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticesActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}}]}}]}}]} as unknown as DocumentNode<NoticesActionsQuery, NoticesActionsQueryVariables>;