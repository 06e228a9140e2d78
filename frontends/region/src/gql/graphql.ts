/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Contrat de l'emploi occupé (fiche de suivi). */
export type ContratTravail =
  /** Autre contrat. */
  | 'AUTRE'
  /** CDD de moins de 6 mois. */
  | 'CDD_MOINS_6_MOIS'
  /** CDD de 6 mois et plus. */
  | 'CDD_PLUS_6_MOIS'
  /** CDI. */
  | 'CDI'
  /** Contrat aidé. */
  | 'CONTRAT_AIDE'
  /** Intérim. */
  | 'INTERIM';

/** Paiement enregistré par la Région. */
export type EnregistrerPaiementInput = {
  /** Date du paiement. */
  date: string;
  /** Facture validée. */
  factureId: string | number;
  /** Montant payé. */
  montant: string;
  /** Référence du paiement. */
  reference: string;
};

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

/** Demandes de paiement à éditer. */
export type EtatDemandesPaiement =
  /** En attente de validation par la Région. */
  | 'EN_ATTENTE'
  /** Rejetées par la Région, avec les motifs de rejet. */
  | 'REJETEES'
  /** Validées par la Région, avec les informations de paiement. */
  | 'VALIDEES';

/** État d'une information collective à la date du jour. */
export type EtatInformationCollective =
  /** Annulée (0 place). */
  | 'ANNULEE'
  /** Aujourd'hui ou plus tard. */
  | 'PROGRAMMEE'
  /** Tenue : date passée, non annulée. */
  | 'TENUE';

/** État d'une session publiée à la date du jour. */
export type EtatSession =
  /** Annulée (0 place). */
  | 'ANNULEE'
  /** Commence après aujourd'hui. */
  | 'A_VENIR'
  /** Commencée, pas encore terminée. */
  | 'EN_COURS'
  /** Terminée avant aujourd'hui. */
  | 'TERMINEE';

/** Filtre des indicateurs : chaque critère omis ne filtre pas. Un organisme ne voit que ses propres chiffres. */
export type FiltreIndicateurs = {
  /** Année de programmation des actions (ex. 2023). */
  anneeProgrammation?: number | null | undefined;
  /** Fin de la période (incluse). */
  au?: string | null | undefined;
  /** Département (territoire) des actions, ex. « 34 ». */
  departement?: string | null | undefined;
  /** Dispositif du marché des actions (ex. « PROJET PRO 2023 »), libellé exact. */
  dispositif?: string | null | undefined;
  /** Début de la période (inclus). Chaque indicateur dit à quelle date il l'applique. */
  du?: string | null | undefined;
  /** Organisme titulaire (Région seulement ; un organisme est toujours restreint au sien). */
  organismeId?: string | number | null | undefined;
};

/** Moment de l'enquête de suivi. */
export type MomentEnquete =
  /** 6 mois après la sortie. */
  | 'SIX_MOIS'
  /** À la sortie de formation. */
  | 'SORTIE'
  /** 1 an après la sortie. */
  | 'UN_AN';

/** Situation du stagiaire (fiche de suivi). */
export type SituationStagiaire =
  /** Autre situation. */
  | 'AUTRE_SITUATION'
  /** Emploi dans un autre secteur. */
  | 'EMPLOI_AUTRE_SECTEUR'
  /** Emploi dans le secteur d'activité de la formation suivie. */
  | 'EMPLOI_SECTEUR';

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

/** « Choix type de modification ». */
export type TypeDemandeModification =
  /** Demande de modification de dates (soumise à la validation de la Région). */
  | 'DATES'
  /** Demande de modification de sessions et informations collectives (appliquée dès l'émission). */
  | 'SESSIONS_ET_INFORMATIONS_COLLECTIVES';

/** Signature détectée dans la facture signée déposée. */
export type TypeSignature =
  /** Ni signature électronique ni image. */
  | 'AUCUNE'
  /** Signature électronique (dictionnaire de signature /Sig avec /ByteRange). */
  | 'ELECTRONIQUE'
  /** Aucune signature électronique : la signature est une image (scan). */
  | 'IMAGE';

export type DemandeRegionFragment = { id: string, type: TypeDemandeModification, etat: EtatDemande, libelleType: string, emetteurLibelle: string, dateEmission: string | null, motivation: string | null, observations: string | null, lignes: Array<{ intitule: string, avant: string, apres: string }> } & { ' $fragmentName'?: 'DemandeRegionFragment' };

export type DemandeStagiaireRegionFragment = { id: string, etat: EtatDemandeModificationStagiaire, motivation: string, motifRefus: string | null, emiseLe: string, traiteeLe: string | null, stagiaire: { id: string, nom: string, prenom: string } | null, modifications: Array<{ champ: string, avant: string, apres: string }> } & { ' $fragmentName'?: 'DemandeStagiaireRegionFragment' };

export type DemandesRegionQueryVariables = Exact<{ [key: string]: never; }>;


export type DemandesRegionQuery = { actions: Array<{ id: string, numero: string, organisme: { id: string, code: string, raisonSociale: string }, demandesModification: Array<(
      { __typename: 'DemandeModification' }
      & { ' $fragmentRefs'?: { 'DemandeRegionFragment': DemandeRegionFragment } }
    )> }>, demandesModificationStagiaire: Array<(
    { __typename: 'DemandeModificationStagiaire' }
    & { ' $fragmentRefs'?: { 'DemandeStagiaireRegionFragment': DemandeStagiaireRegionFragment } }
  )> };

export type ValiderDemandeMutationVariables = Exact<{
  demandeId: string | number;
  observations?: string | null | undefined;
}>;


export type ValiderDemandeMutation = { validerDemande: (
    { __typename: 'DemandeModification' }
    & { ' $fragmentRefs'?: { 'DemandeRegionFragment': DemandeRegionFragment } }
  ) };

export type RefuserDemandeMutationVariables = Exact<{
  demandeId: string | number;
  observations: string;
}>;


export type RefuserDemandeMutation = { refuserDemande: (
    { __typename: 'DemandeModification' }
    & { ' $fragmentRefs'?: { 'DemandeRegionFragment': DemandeRegionFragment } }
  ) };

export type ValiderDemandeStagiaireMutationVariables = Exact<{
  id: string | number;
}>;


export type ValiderDemandeStagiaireMutation = { validerDemandeModificationStagiaire: (
    { __typename: 'DemandeModificationStagiaire' }
    & { ' $fragmentRefs'?: { 'DemandeStagiaireRegionFragment': DemandeStagiaireRegionFragment } }
  ) };

export type RefuserDemandeStagiaireMutationVariables = Exact<{
  id: string | number;
  motif: string;
}>;


export type RefuserDemandeStagiaireMutation = { refuserDemandeModificationStagiaire: (
    { __typename: 'DemandeModificationStagiaire' }
    & { ' $fragmentRefs'?: { 'DemandeStagiaireRegionFragment': DemandeStagiaireRegionFragment } }
  ) };

export type FactureRegionFragment = { id: string, numero: string, support: string, periode: string | null, statut: StatutFacture, dateEmission: string | null, dateDecision: string | null, montantHT: string, montantTTC: string, montantAPayer: string, resteAPayer: string, motifRejet: string | null, fichierSigne: { nom: string, dateDepot: string, signature: TypeSignature } | null, paiements: Array<{ id: string, datePaiement: string, montant: string, reference: string }>, action: { id: string, numero: string, organisme: { id: string, code: string, raisonSociale: string } } } & { ' $fragmentName'?: 'FactureRegionFragment' };

export type FacturesRegionQueryVariables = Exact<{
  statuts: Array<StatutFacture> | StatutFacture;
}>;


export type FacturesRegionQuery = { facturesParStatut: { nodes: Array<(
      { __typename: 'Facture' }
      & { ' $fragmentRefs'?: { 'FactureRegionFragment': FactureRegionFragment } }
    )>, pageInfo: { hasNextPage: boolean } } };

export type ValiderFactureMutationVariables = Exact<{
  factureId: string | number;
}>;


export type ValiderFactureMutation = { validerFacture: (
    { __typename: 'Facture' }
    & { ' $fragmentRefs'?: { 'FactureRegionFragment': FactureRegionFragment } }
  ) };

export type RejeterFactureMutationVariables = Exact<{
  factureId: string | number;
  motif: string;
}>;


export type RejeterFactureMutation = { rejeterFacture: (
    { __typename: 'Facture' }
    & { ' $fragmentRefs'?: { 'FactureRegionFragment': FactureRegionFragment } }
  ) };

export type EnregistrerPaiementMutationVariables = Exact<{
  input: EnregistrerPaiementInput;
}>;


export type EnregistrerPaiementMutation = { enregistrerPaiement: (
    { __typename: 'Facture' }
    & { ' $fragmentRefs'?: { 'FactureRegionFragment': FactureRegionFragment } }
  ) };

export type FacturePdfSigneQueryVariables = Exact<{
  id: string | number;
}>;


export type FacturePdfSigneQuery = { facture: { id: string, pdfSigne: { nomFichier: string, typeMime: string, contenuBase64: string } | null, pdf: { nomFichier: string, typeMime: string, contenuBase64: string } } | null };

export type EditionDemandesPaiementRegionQueryVariables = Exact<{
  etat: EtatDemandesPaiement;
}>;


export type EditionDemandesPaiementRegionQuery = { editionDemandesPaiement: { nomFichier: string, typeMime: string, contenuBase64: string } };

export type TableauDeBordRegionQueryVariables = Exact<{
  filtre: FiltreIndicateurs;
}>;


export type TableauDeBordRegionQuery = { indicateurs: { cle: string, offre: { actions: number, effectifPrevu: number, sessions: number, placesOffertes: number, informationsCollectivesTenues: number, sessionsParEtat: Array<{ etat: EtatSession, nombre: number, places: number }>, informationsCollectivesParEtat: Array<{ etat: EtatInformationCollective, nombre: number, places: number }> }, repartitionOffre: Array<{ cle: string, actions: number, sessions: number, placesOffertes: number }>, actionsParStatut: Array<{ statut: StatutAction, nombre: number }>, stagiaires: { entres: number, presents: number, sortis: number, sortiesParMotif: Array<{ motif: string, libelle: string, nombre: number }> }, heures: { realisees: string, contractualisees: string, tauxRealisation: string | null }, heuresParMois: Array<{ mois: string, realisees: string, realiseesCentre: string, realiseesEntreprise: string }>, realisationParAction: Array<{ heuresRealisees: string, heuresContractualisees: string, tauxRealisation: string | null, statut: StatutAction, action: { id: string, numero: string, intitule: string } }>, suivi: { declarationsEnAttente: number, declarationsEnRetard: number, actionsEnRetardFermeture: number }, enquetes: Array<{ moment: MomentEnquete, situation: SituationStagiaire, contrat: ContratTravail | null, nombre: number }>, finances: { facture: string, valide: string, rejete: string, paye: string, avancesEmises: string, avancesRecuperees: string, avancesRestantes: string, facturesPayees: number, delaiMoyenPaiementJours: string | null, facturesEnAttenteRegion: number, montantEnAttenteRegion: string }, financesParMois: Array<{ mois: string, facture: string, valide: string, rejete: string, paye: string }> } };

export const DemandeRegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandeRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandeModification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"libelleType"}},{"kind":"Field","name":{"kind":"Name","value":"emetteurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}}]}}]} as unknown as DocumentNode<DemandeRegionFragment, unknown>;
export const DemandeStagiaireRegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandeStagiaireRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandeModificationStagiaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"motifRefus"}},{"kind":"Field","name":{"kind":"Name","value":"emiseLe"}},{"kind":"Field","name":{"kind":"Name","value":"traiteeLe"}},{"kind":"Field","name":{"kind":"Name","value":"stagiaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"champ"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}}]}}]} as unknown as DocumentNode<DemandeStagiaireRegionFragment, unknown>;
export const FactureRegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactureRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"dateDecision"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"montantAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"resteAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"motifRejet"}},{"kind":"Field","name":{"kind":"Name","value":"fichierSigne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"dateDepot"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paiements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datePaiement"}},{"kind":"Field","name":{"kind":"Name","value":"montant"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}}]}}]}}]} as unknown as DocumentNode<FactureRegionFragment, unknown>;
export const DemandesRegionDocument = {"__meta__":{"hash":"sha256:140319b7675f14ac681c1c32f158bb0b95fcc1f338d339df55c4de6cc75d48fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandesRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demandesModification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandeRegion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"demandesModificationStagiaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"etat"},"value":{"kind":"EnumValue","value":"EN_ATTENTE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandeStagiaireRegion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandeRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandeModification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"libelleType"}},{"kind":"Field","name":{"kind":"Name","value":"emetteurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandeStagiaireRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandeModificationStagiaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"motifRefus"}},{"kind":"Field","name":{"kind":"Name","value":"emiseLe"}},{"kind":"Field","name":{"kind":"Name","value":"traiteeLe"}},{"kind":"Field","name":{"kind":"Name","value":"stagiaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"champ"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}}]}}]} as unknown as DocumentNode<DemandesRegionQuery, DemandesRegionQueryVariables>;
export const ValiderDemandeDocument = {"__meta__":{"hash":"sha256:6f57e29984fed32f9b06bd6b7621466bc39e130808c0554cb47ff9f8c565ebde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValiderDemande"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validerDemande"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"observations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandeRegion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandeRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandeModification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"libelleType"}},{"kind":"Field","name":{"kind":"Name","value":"emetteurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}}]}}]} as unknown as DocumentNode<ValiderDemandeMutation, ValiderDemandeMutationVariables>;
export const RefuserDemandeDocument = {"__meta__":{"hash":"sha256:a96298beb7bbc42e688f59a1b08fedc7cc125fc2d63207b45f454e9b14b9e6ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuserDemande"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observations"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuserDemande"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"observations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandeRegion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandeRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandeModification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"libelleType"}},{"kind":"Field","name":{"kind":"Name","value":"emetteurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}}]}}]} as unknown as DocumentNode<RefuserDemandeMutation, RefuserDemandeMutationVariables>;
export const ValiderDemandeStagiaireDocument = {"__meta__":{"hash":"sha256:8bf2759833bd3a3a43ab9caf92472120ee162e053e3eb484eca09991f8b6140f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValiderDemandeStagiaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validerDemandeModificationStagiaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandeStagiaireRegion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandeStagiaireRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandeModificationStagiaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"motifRefus"}},{"kind":"Field","name":{"kind":"Name","value":"emiseLe"}},{"kind":"Field","name":{"kind":"Name","value":"traiteeLe"}},{"kind":"Field","name":{"kind":"Name","value":"stagiaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"champ"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}}]}}]} as unknown as DocumentNode<ValiderDemandeStagiaireMutation, ValiderDemandeStagiaireMutationVariables>;
export const RefuserDemandeStagiaireDocument = {"__meta__":{"hash":"sha256:e9418d44af1b121e49ecef127b6766e879c978f09e9d961a918dec543bb7f4ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuserDemandeStagiaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motif"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuserDemandeModificationStagiaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"motif"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motif"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandeStagiaireRegion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandeStagiaireRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandeModificationStagiaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"motifRefus"}},{"kind":"Field","name":{"kind":"Name","value":"emiseLe"}},{"kind":"Field","name":{"kind":"Name","value":"traiteeLe"}},{"kind":"Field","name":{"kind":"Name","value":"stagiaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"champ"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}}]}}]} as unknown as DocumentNode<RefuserDemandeStagiaireMutation, RefuserDemandeStagiaireMutationVariables>;
export const FacturesRegionDocument = {"__meta__":{"hash":"sha256:7e42156f14b35500317c4a612e645e82f8a8cb435734b97bfac72f7f94cc63b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacturesRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatutFacture"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facturesParStatut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuts"}}},{"kind":"Argument","name":{"kind":"Name","value":"premiers"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactureRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactureRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"dateDecision"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"montantAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"resteAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"motifRejet"}},{"kind":"Field","name":{"kind":"Name","value":"fichierSigne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"dateDepot"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paiements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datePaiement"}},{"kind":"Field","name":{"kind":"Name","value":"montant"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}}]}}]}}]} as unknown as DocumentNode<FacturesRegionQuery, FacturesRegionQueryVariables>;
export const ValiderFactureDocument = {"__meta__":{"hash":"sha256:7db8494b6dda45a082853eb52729d50865b20f08a64456bb6ea8668f7f274559"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValiderFacture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validerFacture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"factureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factureId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactureRegion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactureRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"dateDecision"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"montantAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"resteAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"motifRejet"}},{"kind":"Field","name":{"kind":"Name","value":"fichierSigne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"dateDepot"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paiements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datePaiement"}},{"kind":"Field","name":{"kind":"Name","value":"montant"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}}]}}]}}]} as unknown as DocumentNode<ValiderFactureMutation, ValiderFactureMutationVariables>;
export const RejeterFactureDocument = {"__meta__":{"hash":"sha256:c8d8c5a074a21ecf193b8896ad9bc72b640d4d810421526d8d76b042e758b17a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejeterFacture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motif"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejeterFacture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"factureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"motif"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motif"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactureRegion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactureRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"dateDecision"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"montantAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"resteAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"motifRejet"}},{"kind":"Field","name":{"kind":"Name","value":"fichierSigne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"dateDepot"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paiements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datePaiement"}},{"kind":"Field","name":{"kind":"Name","value":"montant"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}}]}}]}}]} as unknown as DocumentNode<RejeterFactureMutation, RejeterFactureMutationVariables>;
export const EnregistrerPaiementDocument = {"__meta__":{"hash":"sha256:d818e5b0b23e8f06ef845e2e394931b0c006f09a4da5330c865c14baebb0fa75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnregistrerPaiement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnregistrerPaiementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enregistrerPaiement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactureRegion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactureRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"dateDecision"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"montantAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"resteAPayer"}},{"kind":"Field","name":{"kind":"Name","value":"motifRejet"}},{"kind":"Field","name":{"kind":"Name","value":"fichierSigne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"dateDepot"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paiements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datePaiement"}},{"kind":"Field","name":{"kind":"Name","value":"montant"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}}]}}]}}]} as unknown as DocumentNode<EnregistrerPaiementMutation, EnregistrerPaiementMutationVariables>;
export const FacturePdfSigneDocument = {"__meta__":{"hash":"sha256:18977d4d44afd9b9ac8ac2af509886ba329764aec850cdca2d803e0b4257823f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacturePdfSigne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pdfSigne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomFichier"}},{"kind":"Field","name":{"kind":"Name","value":"typeMime"}},{"kind":"Field","name":{"kind":"Name","value":"contenuBase64"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomFichier"}},{"kind":"Field","name":{"kind":"Name","value":"typeMime"}},{"kind":"Field","name":{"kind":"Name","value":"contenuBase64"}}]}}]}}]}}]} as unknown as DocumentNode<FacturePdfSigneQuery, FacturePdfSigneQueryVariables>;
export const EditionDemandesPaiementRegionDocument = {"__meta__":{"hash":"sha256:e707249e6c24390f9fb16bb28545fe0ec1698d94b77bfcea064169967aeb23bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditionDemandesPaiementRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"etat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EtatDemandesPaiement"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editionDemandesPaiement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"etat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"etat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomFichier"}},{"kind":"Field","name":{"kind":"Name","value":"typeMime"}},{"kind":"Field","name":{"kind":"Name","value":"contenuBase64"}}]}}]}}]} as unknown as DocumentNode<EditionDemandesPaiementRegionQuery, EditionDemandesPaiementRegionQueryVariables>;
export const TableauDeBordRegionDocument = {"__meta__":{"hash":"sha256:1ed343d334326627ea226c7d282bb0c918a4c01b72fb8e6456081a3f24fac604"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TableauDeBordRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiltreIndicateurs"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateurs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cle"}},{"kind":"Field","name":{"kind":"Name","value":"offre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"effectifPrevu"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"placesOffertes"}},{"kind":"Field","name":{"kind":"Name","value":"informationsCollectivesTenues"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsParEtat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}},{"kind":"Field","name":{"kind":"Name","value":"places"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationsCollectivesParEtat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}},{"kind":"Field","name":{"kind":"Name","value":"places"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repartitionOffre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"axe"},"value":{"kind":"EnumValue","value":"DISPOSITIF"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cle"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"placesOffertes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsParStatut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stagiaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entres"}},{"kind":"Field","name":{"kind":"Name","value":"presents"}},{"kind":"Field","name":{"kind":"Name","value":"sortis"}},{"kind":"Field","name":{"kind":"Name","value":"sortiesParMotif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motif"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"heures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realisees"}},{"kind":"Field","name":{"kind":"Name","value":"contractualisees"}},{"kind":"Field","name":{"kind":"Name","value":"tauxRealisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heuresParMois"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mois"}},{"kind":"Field","name":{"kind":"Name","value":"realisees"}},{"kind":"Field","name":{"kind":"Name","value":"realiseesCentre"}},{"kind":"Field","name":{"kind":"Name","value":"realiseesEntreprise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisationParAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"premier"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heuresRealisees"}},{"kind":"Field","name":{"kind":"Name","value":"heuresContractualisees"}},{"kind":"Field","name":{"kind":"Name","value":"tauxRealisation"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suivi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationsEnAttente"}},{"kind":"Field","name":{"kind":"Name","value":"declarationsEnRetard"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnRetardFermeture"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enquetes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"contrat"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facture"}},{"kind":"Field","name":{"kind":"Name","value":"valide"}},{"kind":"Field","name":{"kind":"Name","value":"rejete"}},{"kind":"Field","name":{"kind":"Name","value":"paye"}},{"kind":"Field","name":{"kind":"Name","value":"avancesEmises"}},{"kind":"Field","name":{"kind":"Name","value":"avancesRecuperees"}},{"kind":"Field","name":{"kind":"Name","value":"avancesRestantes"}},{"kind":"Field","name":{"kind":"Name","value":"facturesPayees"}},{"kind":"Field","name":{"kind":"Name","value":"delaiMoyenPaiementJours"}},{"kind":"Field","name":{"kind":"Name","value":"facturesEnAttenteRegion"}},{"kind":"Field","name":{"kind":"Name","value":"montantEnAttenteRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financesParMois"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mois"}},{"kind":"Field","name":{"kind":"Name","value":"facture"}},{"kind":"Field","name":{"kind":"Name","value":"valide"}},{"kind":"Field","name":{"kind":"Name","value":"rejete"}},{"kind":"Field","name":{"kind":"Name","value":"paye"}}]}}]}}]}}]} as unknown as DocumentNode<TableauDeBordRegionQuery, TableauDeBordRegionQueryVariables>;