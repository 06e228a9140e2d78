/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** « Emettre la facture » : la période confirmée par l'organisme. */
export type EmettreFactureInput = {
  /** Action. */
  actionId: string | number;
  /** Clé d'idempotence choisie par le client : une émission répétée avec la même clé rend la même facture. */
  cleIdempotence?: string | null | undefined;
  /** Confirmation explicite : « Souhaitez-vous vraiment émettre la facture pour la période … ? » → vrai. */
  confirmation: boolean;
  /** Premier mois de la période (AAAA-MM) ; sans objet pour le solde. */
  moisDebut?: string | null | undefined;
  /** Dernier mois de la période (AAAA-MM) ; sans objet pour le solde. */
  moisFin?: string | null | undefined;
  /** ACOMPTE (une période) ou SOLDE. */
  type?: TypeFacture;
};

/** Demandes de paiement à éditer. */
export type EtatDemandesPaiement =
  /** En attente de validation par la Région. */
  | 'EN_ATTENTE'
  /** Rejetées par la Région, avec les motifs de rejet. */
  | 'REJETEES'
  /** Validées par la Région, avec les informations de paiement. */
  | 'VALIDEES';

/** Facture d'un sous-traitant saisie par le titulaire. */
export type FactureSousTraitantInput = {
  /** Action. */
  actionId: string | number;
  /** Montant HT. */
  montantHT: string;
  /** Contractant : un sous-traitant du marché (organisme). */
  sousTraitantId: string | number;
};

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

/** Nature d'une facture. */
export type TypeFacture =
  /** Acompte périodique (CRE intermédiaire). */
  | 'ACOMPTE'
  /** Avance, émise à l'ouverture de l'action. */
  | 'AVANCE'
  /** Solde, après la clôture et le bilan. */
  | 'SOLDE';

export type FactureAEmettreLigneFragment = { type: TypeFacture, periode: string, moisDebut: string, moisFin: string, support: string, disponible: boolean, raison: string | null, mentionsSousTraitance: Array<string>, montantHT: string, montantTTC: string, avanceRecuperee: string, montantAPayer: string } & { ' $fragmentName'?: 'FactureAEmettreLigneFragment' };

export type EmettreFactureMutationVariables = Exact<{
  input: EmettreFactureInput;
}>;


export type EmettreFactureMutation = { emettreFacture: { id: string, numero: string, periode: string | null, statut: StatutFacture } };

export type CreTableFragment = { moisAValider: string | null, periodeFacturation: string | null, tauxRealisationPointsDeBase: number, lignes: Array<{ prestation: string, libelle: string, unite: string, contractualise: string, prescrit: string | null, realise: string, facture: string, periodeCourante: string, disponibles: string | null }> } & { ' $fragmentName'?: 'CreTableFragment' };

export type FacturationQueryVariables = Exact<{
  page?: number | null | undefined;
  parPage?: number | null | undefined;
}>;


export type FacturationQuery = { listeActionsParStatut: { total: number, page: number, parPage: number, nodes: Array<{ id: string, numero: string, intitule: string, statut: StatutAction | null, organisme: { id: string, code: string }, marche: { id: string, sousTraitants: Array<{ id: string, raisonSociale: string }> }, cre: (
        { __typename: 'Cre' }
        & { ' $fragmentRefs'?: { 'CreTableFragment': CreTableFragment } }
      ) | null, aFacturer: Array<(
        { __typename: 'FactureAEmettre' }
        & { ' $fragmentRefs'?: { 'FactureAEmettreLigneFragment': FactureAEmettreLigneFragment } }
      )> | null, sousTraitances: Array<(
        { __typename: 'FactureSousTraitant' }
        & { ' $fragmentRefs'?: { 'SousTraitanceSaisieFragment': SousTraitanceSaisieFragment } }
      )> | null }> } | null, suivies: { nodes: Array<(
      { __typename: 'Facture', action: { id: string, organisme: { id: string, code: string } } }
      & { ' $fragmentRefs'?: { 'FactureSuiviFragment': FactureSuiviFragment } }
    )>, pageInfo: { hasNextPage: boolean } }, payees: { nodes: Array<(
      { __typename: 'Facture', action: { id: string, organisme: { id: string, code: string } } }
      & { ' $fragmentRefs'?: { 'FactureSuiviFragment': FactureSuiviFragment } }
    )>, pageInfo: { hasNextPage: boolean } } };

export type EditionDemandesPaiementOrganismeQueryVariables = Exact<{
  etat: EtatDemandesPaiement;
}>;


export type EditionDemandesPaiementOrganismeQuery = { editionDemandesPaiement: { nomFichier: string, typeMime: string, contenuBase64: string } };

export type SousTraitanceSaisieFragment = { id: string, sousTraitant: string, montantHT: string, dateSaisie: string, mention: string } & { ' $fragmentName'?: 'SousTraitanceSaisieFragment' };

export type EnregistrerFactureSousTraitantMutationVariables = Exact<{
  input: FactureSousTraitantInput;
}>;


export type EnregistrerFactureSousTraitantMutation = { enregistrerFactureSousTraitant: { __typename: 'FactureSousTraitant', id: string, sousTraitant: string, montantHT: string, dateSaisie: string, mention: string } };

export type FactureSuiviFragment = { id: string, numero: string, type: TypeFacture, support: string, periode: string | null, statut: StatutFacture, dateEmission: string | null, montantHT: string, montantTTC: string, montantAPayer: string, resteAPayer: string, motifRejet: string | null, dateDecision: string | null, nomFichierAttendu: string, verrouillee: boolean, fichierSigne: { nom: string, dateDepot: string } | null, paiements: Array<{ id: string, datePaiement: string, montant: string, reference: string }> } & { ' $fragmentName'?: 'FactureSuiviFragment' };

export type FacturePdfQueryVariables = Exact<{
  id: string | number;
}>;


export type FacturePdfQuery = { facture: { id: string, pdf: { nomFichier: string, typeMime: string, contenuBase64: string } } | null };

export const FactureAEmettreLigneFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactureAEmettreLigne"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactureAEmettre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"moisDebut"}},{"kind":"Field","name":{"kind":"Name","value":"moisFin"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"disponible"}},{"kind":"Field","name":{"kind":"Name","value":"raison"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsSousTraitance"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"avanceRecuperee"}},{"kind":"Field","name":{"kind":"Name","value":"montantAPayer"}}]}}]} as unknown as DocumentNode<FactureAEmettreLigneFragment, unknown>;
export const CreTableFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreTable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moisAValider"}},{"kind":"Field","name":{"kind":"Name","value":"periodeFacturation"}},{"kind":"Field","name":{"kind":"Name","value":"tauxRealisationPointsDeBase"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prestation"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"unite"}},{"kind":"Field","name":{"kind":"Name","value":"contractualise"}},{"kind":"Field","name":{"kind":"Name","value":"prescrit"}},{"kind":"Field","name":{"kind":"Name","value":"realise"}},{"kind":"Field","name":{"kind":"Name","value":"facture"}},{"kind":"Field","name":{"kind":"Name","value":"periodeCourante"}},{"kind":"Field","name":{"kind":"Name","value":"disponibles"}}]}}]}}]} as unknown as DocumentNode<CreTableFragment, unknown>;
export const SousTraitanceSaisieFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SousTraitanceSaisie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactureSousTraitant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sousTraitant"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"dateSaisie"}},{"kind":"Field","name":{"kind":"Name","value":"mention"}}]}}]} as unknown as DocumentNode<SousTraitanceSaisieFragment, unknown>;
export const FactureSuiviFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactureSuivi"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"montantAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"resteAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"motifRejet"}},{"kind":"Field","name":{"kind":"Name","value":"dateDecision"}},{"kind":"Field","name":{"kind":"Name","value":"nomFichierAttendu"}},{"kind":"Field","name":{"kind":"Name","value":"verrouillee"}},{"kind":"Field","name":{"kind":"Name","value":"fichierSigne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"dateDepot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paiements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datePaiement"}},{"kind":"Field","name":{"kind":"Name","value":"montant"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<FactureSuiviFragment, unknown>;
export const EmettreFactureDocument = {"__meta__":{"hash":"sha256:e72ff689edf665ca421213bb100ec9d67c427480b8772fb9e0f59b0881836458"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmettreFacture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmettreFactureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emettreFacture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}}]}}]}}]} as unknown as DocumentNode<EmettreFactureMutation, EmettreFactureMutationVariables>;
export const FacturationDocument = {"__meta__":{"hash":"sha256:0313c60df26e2b2ccc0b8ec0d8890ea90b720c1d728dcd5cd6ff686514e8dc47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Facturation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listeActionsParStatut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EC"},{"kind":"EnumValue","value":"CLOTUREE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"parPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"parPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sousTraitants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreTable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aFacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactureAEmettreLigne"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sousTraitances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SousTraitanceSaisie"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"suivies"},"name":{"kind":"Name","value":"facturesParStatut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EMISE"},{"kind":"EnumValue","value":"SIGNEE_DEPOSEE"},{"kind":"EnumValue","value":"REJETEE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"premiers"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactureSuivi"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"payees"},"name":{"kind":"Name","value":"facturesParStatut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VALIDEE"},{"kind":"EnumValue","value":"PAYEE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"premiers"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactureSuivi"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreTable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moisAValider"}},{"kind":"Field","name":{"kind":"Name","value":"periodeFacturation"}},{"kind":"Field","name":{"kind":"Name","value":"tauxRealisationPointsDeBase"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prestation"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"unite"}},{"kind":"Field","name":{"kind":"Name","value":"contractualise"}},{"kind":"Field","name":{"kind":"Name","value":"prescrit"}},{"kind":"Field","name":{"kind":"Name","value":"realise"}},{"kind":"Field","name":{"kind":"Name","value":"facture"}},{"kind":"Field","name":{"kind":"Name","value":"periodeCourante"}},{"kind":"Field","name":{"kind":"Name","value":"disponibles"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactureAEmettreLigne"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactureAEmettre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"moisDebut"}},{"kind":"Field","name":{"kind":"Name","value":"moisFin"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"disponible"}},{"kind":"Field","name":{"kind":"Name","value":"raison"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsSousTraitance"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"avanceRecuperee"}},{"kind":"Field","name":{"kind":"Name","value":"montantAPayer"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SousTraitanceSaisie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactureSousTraitant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sousTraitant"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"dateSaisie"}},{"kind":"Field","name":{"kind":"Name","value":"mention"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactureSuivi"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"montantAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"resteAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"motifRejet"}},{"kind":"Field","name":{"kind":"Name","value":"dateDecision"}},{"kind":"Field","name":{"kind":"Name","value":"nomFichierAttendu"}},{"kind":"Field","name":{"kind":"Name","value":"verrouillee"}},{"kind":"Field","name":{"kind":"Name","value":"fichierSigne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"dateDepot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paiements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datePaiement"}},{"kind":"Field","name":{"kind":"Name","value":"montant"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<FacturationQuery, FacturationQueryVariables>;
export const EditionDemandesPaiementOrganismeDocument = {"__meta__":{"hash":"sha256:fc3223ecb46ce484d92f559befc7a34fa14438fe67b0b89846051f13fe001833"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditionDemandesPaiementOrganisme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"etat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EtatDemandesPaiement"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editionDemandesPaiement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"etat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"etat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomFichier"}},{"kind":"Field","name":{"kind":"Name","value":"typeMime"}},{"kind":"Field","name":{"kind":"Name","value":"contenuBase64"}}]}}]}}]} as unknown as DocumentNode<EditionDemandesPaiementOrganismeQuery, EditionDemandesPaiementOrganismeQueryVariables>;
export const EnregistrerFactureSousTraitantDocument = {"__meta__":{"hash":"sha256:1b418afd41ddb21e12f61920af23d7f16c46a0e090735033597fd18f908d1c15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnregistrerFactureSousTraitant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FactureSousTraitantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enregistrerFactureSousTraitant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sousTraitant"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"dateSaisie"}},{"kind":"Field","name":{"kind":"Name","value":"mention"}}]}}]}}]} as unknown as DocumentNode<EnregistrerFactureSousTraitantMutation, EnregistrerFactureSousTraitantMutationVariables>;
export const FacturePdfDocument = {"__meta__":{"hash":"sha256:fe73c5a00dd6b23fcb061f2f9f6f2d0265f26e35e221c6d7b9a03450f6bd0c8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacturePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pdf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomFichier"}},{"kind":"Field","name":{"kind":"Name","value":"typeMime"}},{"kind":"Field","name":{"kind":"Name","value":"contenuBase64"}}]}}]}}]}}]} as unknown as DocumentNode<FacturePdfQuery, FacturePdfQueryVariables>;