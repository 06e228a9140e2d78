/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** État d'une déclaration de réalisation mensuelle. */
export type EtatDeclaration =
  /** Mois écoulé, dans les 15 premiers jours du mois suivant : à confirmer. */
  | 'A_CONFIRMER'
  /** Confirmée par l'organisme : figée, facturable. */
  | 'CONFIRMEE'
  /** Mois en cours : les heures se saisissent, la confirmation viendra une fois le mois écoulé. */
  | 'EN_COURS'
  /** Non confirmée dans les 15 jours : se confirmera dans les 15 premiers jours d'un mois suivant, après la fin de la période suivante. */
  | 'EN_RETARD';

/** « Etat / Historique » d'une demande de modification. */
export type EtatDemande =
  /** En attente d'émission : brouillon, supprimable. */
  | 'EN_ATTENTE_EMISSION'
  /** Émise, en attente de validation par la Région. */
  | 'EN_ATTENTE_VALIDATION'
  /** Refusée par la Région (voir les observations). */
  | 'REFUSEE'
  /** Validée : les modifications sont appliquées. */
  | 'VALIDEE';

/** État d'une demande de modification d'une fiche stagiaire. */
export type EtatDemandeModificationStagiaire =
  /** En attente de validation par la Région. */
  | 'EN_ATTENTE'
  /** Refusée par la Région. */
  | 'REFUSEE'
  /** Validée par la Région : la fiche a été modifiée. */
  | 'VALIDEE';

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

export type NoticesDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticesDecisionsQuery = { actions: Array<{ id: string, numero: string, factures: Array<{ id: string, numero: string, periode: string | null, support: string, statut: StatutFacture, motifRejet: string | null, dateDecision: string | null }> | null, demandesModification: Array<{ id: string, libelleType: string, etat: EtatDemande, observations: string | null, historique: Array<{ id: string, date: string }> }> }>, demandesModificationStagiaire: Array<{ id: string, etat: EtatDemandeModificationStagiaire, motifRefus: string | null, traiteeLe: string | null, stagiaire: { id: string, nom: string, prenom: string } | null }> };

export type NoticesEcheancesQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticesEcheancesQuery = { actions: Array<{ id: string, numero: string, statut: StatutAction | null, declarations: Array<{ id: string, mois: string, libelle: string, etat: EtatDeclaration, dateLimiteConfirmation: string }> | null, aFacturer: Array<{ periode: string, disponible: boolean }> | null }> };


export const MoiDocument = {"__meta__":{"hash":"sha256:cbed833a2a256c4956be9f2b923753f191614fff75d413533de02b3be29d44f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Moi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifiant"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"complementAdresse"}},{"kind":"Field","name":{"kind":"Name","value":"codePostal"}},{"kind":"Field","name":{"kind":"Name","value":"ville"}}]}}]}}]}}]} as unknown as DocumentNode<MoiQuery, MoiQueryVariables>;
export const ConnexionDocument = {"__meta__":{"hash":"sha256:1f6bb15b9c52126f41427aa9ab3263af8891403982fbaeb7a886499209c01bed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Connexion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifiant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motDePasse"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connexion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifiant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifiant"}}},{"kind":"Argument","name":{"kind":"Name","value":"motDePasse"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motDePasse"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jeton"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}}]}}]}}]} as unknown as DocumentNode<ConnexionMutation, ConnexionMutationVariables>;
export const ModifierCompteDocument = {"__meta__":{"hash":"sha256:3f063a00db5138df56e6098287259e697070610798da66af0b28b2c5b710be71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModifierCompte"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModifierCompteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modifierCompte"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifiant"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"complementAdresse"}},{"kind":"Field","name":{"kind":"Name","value":"codePostal"}},{"kind":"Field","name":{"kind":"Name","value":"ville"}}]}}]}}]}}]} as unknown as DocumentNode<ModifierCompteMutation, ModifierCompteMutationVariables>;
export const MotDePasseOublieDocument = {"__meta__":{"hash":"sha256:abaebb9294938fd111a891385fb00beca4c45c74102c5cb459fae11d8cb9a1ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MotDePasseOublie"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motDePasseOublie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<MotDePasseOublieMutation, MotDePasseOublieMutationVariables>;
export const ReinitialiserMotDePasseDocument = {"__meta__":{"hash":"sha256:02cfc47acd64cba9c9c957d928f7db1009e1fed628337598e8644db6c90f3413"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinitialiserMotDePasse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jeton"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motDePasse"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinitialiserMotDePasse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jeton"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jeton"}}},{"kind":"Argument","name":{"kind":"Name","value":"motDePasse"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motDePasse"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmation"}}}]}]}}]} as unknown as DocumentNode<ReinitialiserMotDePasseMutation, ReinitialiserMotDePasseMutationVariables>;
export const NoticesActionsDocument = {"__meta__":{"hash":"sha256:f1db17a6f64533ccbd30f2d241f7fcf68d518d16fbb0e720662cf0c60c960c98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticesActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}}]}}]}}]} as unknown as DocumentNode<NoticesActionsQuery, NoticesActionsQueryVariables>;
export const NoticesDecisionsDocument = {"__meta__":{"hash":"sha256:3498aaa7f4c642421a49bbb3e93a5eb99c5fe0755317acac2aac38ac705fdb0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticesDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"factures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"motifRejet"}},{"kind":"Field","name":{"kind":"Name","value":"dateDecision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demandesModification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"libelleType"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"historique"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"demandesModificationStagiaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"motifRefus"}},{"kind":"Field","name":{"kind":"Name","value":"traiteeLe"}},{"kind":"Field","name":{"kind":"Name","value":"stagiaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}}]}}]}}]}}]} as unknown as DocumentNode<NoticesDecisionsQuery, NoticesDecisionsQueryVariables>;
export const NoticesEcheancesDocument = {"__meta__":{"hash":"sha256:cac9603cae138857d017c3d5cbf0c5aebe1d064118ea919dce11972446350738"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticesEcheances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mois"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"dateLimiteConfirmation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aFacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"disponible"}}]}}]}}]}}]} as unknown as DocumentNode<NoticesEcheancesQuery, NoticesEcheancesQueryVariables>;