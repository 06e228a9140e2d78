/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Période d'absence : ses heures forment les colonnes « non réalisées ». */
export type AbsenceInput = {
  /** Date de début de la période (dans le mois). */
  dateDebut: string;
  /** Date de fin de la période (dans le mois). */
  dateFin: string;
  /** Nombre d'heures d'absence. */
  heures: string;
  /** Absence justifiée (justificatif à transmettre à la Région). */
  justifiee: boolean;
  /** Lieu d'absence. */
  lieu: LieuFormation;
  /** Motif d'absence. */
  motif: string;
};

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

/** Lieu : en centre ou en entreprise. */
export type LieuFormation =
  /** En centre */
  | 'CENTRE'
  /** En entreprise */
  | 'ENTREPRISE';

/** « Saisie des heures » d'un stagiaire pour un mois (exactes au centième). */
export type SaisieHeuresInput = {
  /** Périodes d'absence du mois (remplacent les précédentes). */
  absences?: Array<AbsenceInput>;
  /** Heures non réalisées justifiées en centre. */
  heuresNonRealiseesJustifieesCentre: string;
  /** Heures non réalisées justifiées en entreprise. */
  heuresNonRealiseesJustifieesEntreprise: string;
  /** Heures non réalisées non justifiées en centre. */
  heuresNonRealiseesNonJustifieesCentre: string;
  /** Heures non réalisées non justifiées en entreprise. */
  heuresNonRealiseesNonJustifieesEntreprise: string;
  /** Heures réalisées en centre. */
  heuresRealiseesCentre: string;
  /** Heures réalisées en entreprise. */
  heuresRealiseesEntreprise: string;
  /** Mois déclaré, AAAA-MM. */
  mois: string;
  /** Le stagiaire. */
  stagiaireId: string | number;
};

export type SuiviActionsQueryVariables = Exact<{
  page?: number | null | undefined;
  parPage?: number | null | undefined;
}>;


export type SuiviActionsQuery = { listeActionsParStatut: { total: number, page: number, parPage: number, nodes: Array<{ id: string, numero: string, intitule: string, financementFse: boolean, declarations: Array<{ id: string, mois: string, libelle: string, etat: EtatDeclaration }> | null }> } | null };

export type DeclarationMoisQueryVariables = Exact<{
  actionId: string | number;
  mois: string;
}>;


export type DeclarationMoisQuery = { declaration: (
    { id: string, mois: string, libelle: string, etat: EtatDeclaration, confirmable: boolean, saisieOuverte: boolean, confirmeeLe: string | null, dateLimiteConfirmation: string }
    & { ' $fragmentRefs'?: { 'RecapDeclarationFragment': RecapDeclarationFragment } }
  ) | null };

export type ConfirmerDeclarationMutationVariables = Exact<{
  actionId: string | number;
  mois: string;
}>;


export type ConfirmerDeclarationMutation = { confirmerDeclaration: { id: string, etat: EtatDeclaration, confirmeeLe: string | null } };

export type SaisieHeuresQueryVariables = Exact<{
  actionId: string | number;
  mois: string;
  stagiaireId: string | number;
}>;


export type SaisieHeuresQuery = { stagiaire: { id: string, nom: string, prenom: string, dateEntree: string | null, dateSortie: string | null } | null, declaration: { id: string, libelle: string, saisieOuverte: boolean, lignes: Array<{ heuresRealiseesCentre: string, heuresNonRealiseesJustifieesCentre: string, heuresNonRealiseesNonJustifieesCentre: string, heuresRealiseesEntreprise: string, heuresNonRealiseesJustifieesEntreprise: string, heuresNonRealiseesNonJustifieesEntreprise: string, stagiaire: { id: string }, absences: Array<{ dateDebut: string, dateFin: string, motif: string, lieu: LieuFormation, justifiee: boolean, heures: string }> }> } | null };

export type SaisirHeuresMutationVariables = Exact<{
  input: SaisieHeuresInput;
}>;


export type SaisirHeuresMutation = { saisirHeures: { id: string, totalHeures: string } };

export type RecapDeclarationFragment = { __typename: 'DeclarationMensuelle', mois: string, libelle: string, etat: EtatDeclaration, saisieOuverte: boolean, heuresCentre: string, heuresEntreprise: string, totalHeures: string, lignes: Array<{ heuresCentre: string, heuresEntreprise: string, cumulHeuresCentre: string, cumulHeuresEntreprise: string, cumulTotalHeures: string, stagiaire: { id: string, nom: string, prenom: string, dateNaissance: string | null, codeInsee: string | null, dateEntree: string | null, dateSortie: string | null, finFormation: boolean | null, libelleMotifSortie: string | null } }> } & { ' $fragmentName'?: 'RecapDeclarationFragment' };

export const RecapDeclarationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecapDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationMensuelle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mois"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"saisieOuverte"}},{"kind":"Field","name":{"kind":"Name","value":"heuresCentre"}},{"kind":"Field","name":{"kind":"Name","value":"heuresEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"totalHeures"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagiaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}},{"kind":"Field","name":{"kind":"Name","value":"dateNaissance"}},{"kind":"Field","name":{"kind":"Name","value":"codeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"dateEntree"}},{"kind":"Field","name":{"kind":"Name","value":"dateSortie"}},{"kind":"Field","name":{"kind":"Name","value":"finFormation"}},{"kind":"Field","name":{"kind":"Name","value":"libelleMotifSortie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heuresCentre"}},{"kind":"Field","name":{"kind":"Name","value":"heuresEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"cumulHeuresCentre"}},{"kind":"Field","name":{"kind":"Name","value":"cumulHeuresEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"cumulTotalHeures"}}]}}]}}]} as unknown as DocumentNode<RecapDeclarationFragment, unknown>;
export const SuiviActionsDocument = {"__meta__":{"hash":"sha256:cb4eed544a78a8ee3a5043c44812eedfd9ae366f8ffd3997a9e6b2a1b8c5b3d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuiviActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listeActionsParStatut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"parPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"parPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"financementFse"}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mois"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuiviActionsQuery, SuiviActionsQueryVariables>;
export const DeclarationMoisDocument = {"__meta__":{"hash":"sha256:fd6fc704e266ec9b22f828adacd55e219fee19bbd597f760f8f3e5002853f3e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeclarationMois"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mois"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mois"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mois"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mois"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"confirmable"}},{"kind":"Field","name":{"kind":"Name","value":"saisieOuverte"}},{"kind":"Field","name":{"kind":"Name","value":"confirmeeLe"}},{"kind":"Field","name":{"kind":"Name","value":"dateLimiteConfirmation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecapDeclaration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecapDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationMensuelle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mois"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"saisieOuverte"}},{"kind":"Field","name":{"kind":"Name","value":"heuresCentre"}},{"kind":"Field","name":{"kind":"Name","value":"heuresEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"totalHeures"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagiaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}},{"kind":"Field","name":{"kind":"Name","value":"dateNaissance"}},{"kind":"Field","name":{"kind":"Name","value":"codeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"dateEntree"}},{"kind":"Field","name":{"kind":"Name","value":"dateSortie"}},{"kind":"Field","name":{"kind":"Name","value":"finFormation"}},{"kind":"Field","name":{"kind":"Name","value":"libelleMotifSortie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heuresCentre"}},{"kind":"Field","name":{"kind":"Name","value":"heuresEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"cumulHeuresCentre"}},{"kind":"Field","name":{"kind":"Name","value":"cumulHeuresEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"cumulTotalHeures"}}]}}]}}]} as unknown as DocumentNode<DeclarationMoisQuery, DeclarationMoisQueryVariables>;
export const ConfirmerDeclarationDocument = {"__meta__":{"hash":"sha256:16ee1129ba5a651eb73deffb7fb3c8848946d7359ffc8cb56c6577cf7e2fd64f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmerDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mois"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmerDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mois"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mois"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"confirmeeLe"}}]}}]}}]} as unknown as DocumentNode<ConfirmerDeclarationMutation, ConfirmerDeclarationMutationVariables>;
export const SaisieHeuresDocument = {"__meta__":{"hash":"sha256:7b5a00ee3d094e122cd1c1b1e44a8ac990777b5cfd331eea80e7dd350e54ce8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaisieHeures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mois"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stagiaireId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagiaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stagiaireId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}},{"kind":"Field","name":{"kind":"Name","value":"dateEntree"}},{"kind":"Field","name":{"kind":"Name","value":"dateSortie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mois"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mois"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"saisieOuverte"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagiaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heuresRealiseesCentre"}},{"kind":"Field","name":{"kind":"Name","value":"heuresNonRealiseesJustifieesCentre"}},{"kind":"Field","name":{"kind":"Name","value":"heuresNonRealiseesNonJustifieesCentre"}},{"kind":"Field","name":{"kind":"Name","value":"heuresRealiseesEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"heuresNonRealiseesJustifieesEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"heuresNonRealiseesNonJustifieesEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"absences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}},{"kind":"Field","name":{"kind":"Name","value":"motif"}},{"kind":"Field","name":{"kind":"Name","value":"lieu"}},{"kind":"Field","name":{"kind":"Name","value":"justifiee"}},{"kind":"Field","name":{"kind":"Name","value":"heures"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaisieHeuresQuery, SaisieHeuresQueryVariables>;
export const SaisirHeuresDocument = {"__meta__":{"hash":"sha256:4302e1a3d5b606c2ec28b367c9dade46c55f14eba384bfeb1b34ef7fa8d6d836"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaisirHeures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaisieHeuresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saisirHeures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalHeures"}}]}}]}}]} as unknown as DocumentNode<SaisirHeuresMutation, SaisirHeuresMutationVariables>;