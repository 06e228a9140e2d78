/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Colonne de tri de la liste des actions. */
export type CleTriAction =
  | 'ANNEE'
  | 'DATE_DEBUT_PREVUE'
  | 'DATE_FIN_PREVUE'
  | 'INTITULE'
  | 'NUMERO'
  | 'NUMERO_CONTRAT';

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

/** Sens du tri : croissant (ASC) ou décroissant (DESC). */
export type SensTri =
  | 'ASC'
  | 'DESC';

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

/** Tri de la liste des actions (par défaut : année décroissante). */
export type TriActions = {
  /** Colonne triée. */
  cle?: CleTriAction;
  /** Sens du tri ; à valeurs égales, le numéro d'action départage dans le même sens. */
  sens?: SensTri;
};

export type IndicateursRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicateursRoleQuery = { moi: { id: string, role: RoleCompte } };

export type IndicateursOrganismeQueryVariables = Exact<{
  filtre: FiltreIndicateurs;
}>;


export type IndicateursOrganismeQuery = { indicateurs: { cle: string, offre: { actions: number, effectifPrevu: number, sessions: number, placesOffertes: number, informationsCollectivesTenues: number, sessionsParEtat: Array<{ etat: EtatSession, nombre: number, places: number }>, informationsCollectivesParEtat: Array<{ etat: EtatInformationCollective, nombre: number, places: number }> }, repartitionOffre: Array<{ cle: string, actions: number, sessions: number, placesOffertes: number }>, actionsParStatut: Array<{ statut: StatutAction, nombre: number }>, stagiaires: { entres: number, presents: number, sortis: number, sortiesParMotif: Array<{ motif: string, libelle: string, nombre: number }> }, heures: { realisees: string, contractualisees: string, tauxRealisation: string | null }, heuresParMois: Array<{ mois: string, realisees: string, realiseesCentre: string, realiseesEntreprise: string }>, realisationParAction: Array<{ heuresRealisees: string, heuresContractualisees: string, tauxRealisation: string | null, statut: StatutAction, action: { id: string, numero: string, intitule: string } }>, suivi: { declarationsEnAttente: number, declarationsEnRetard: number, actionsEnRetardFermeture: number }, enquetes: Array<{ moment: MomentEnquete, situation: SituationStagiaire, contrat: ContratTravail | null, nombre: number }>, finances: { facture: string, valide: string, rejete: string, paye: string, avancesEmises: string, avancesRecuperees: string, avancesRestantes: string, facturesPayees: number, delaiMoyenPaiementJours: string | null, facturesEnAttenteRegion: number, montantEnAttenteRegion: string }, financesParMois: Array<{ mois: string, facture: string, valide: string, rejete: string, paye: string }> } };

export type AccueilActionsQueryVariables = Exact<{
  page?: number | null | undefined;
  parPage?: number | null | undefined;
  tri?: TriActions | null | undefined;
}>;


export type AccueilActionsQuery = { listeActions: { total: number, page: number, parPage: number, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'LigneActionAccueilFragment': LigneActionAccueilFragment } }
    )> } };

export type LigneActionAccueilFragment = { __typename: 'Action', id: string, numero: string, intitule: string, numeroContrat: string, anneeProgrammation: number, statut: StatutAction | null, dateDebutReelle: string | null, dateFinPrevue: string } & { ' $fragmentName'?: 'LigneActionAccueilFragment' };

export type AccueilRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type AccueilRoleQuery = { moi: { id: string, role: RoleCompte } };

export type AccueilQueryVariables = Exact<{
  indicateurs: boolean;
}>;


export type AccueilQuery = { tableauDeBord?: { ' $fragmentRefs'?: { 'IndicateursAccueilFragment': IndicateursAccueilFragment } }, toutes: { total: number }, enCours: { total: number } | null, cloturees: { total: number } | null, nonOuvertes: { total: number } | null };

export type IndicateursAccueilFragment = { __typename: 'TableauDeBord', actionsEnAttenteOuverture: number, actionsEnCours: number, actionsEnRetardFermeture: number, inscriptionsEnAttente: number, declarationsEnAttente: number } & { ' $fragmentName'?: 'IndicateursAccueilFragment' };

export const LigneActionAccueilFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LigneActionAccueil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"numeroContrat"}},{"kind":"Field","name":{"kind":"Name","value":"anneeProgrammation"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}}]}}]} as unknown as DocumentNode<LigneActionAccueilFragment, unknown>;
export const IndicateursAccueilFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicateursAccueil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableauDeBord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnAttenteOuverture"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnCours"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnRetardFermeture"}},{"kind":"Field","name":{"kind":"Name","value":"inscriptionsEnAttente"}},{"kind":"Field","name":{"kind":"Name","value":"declarationsEnAttente"}}]}}]} as unknown as DocumentNode<IndicateursAccueilFragment, unknown>;
export const IndicateursRoleDocument = {"__meta__":{"hash":"sha256:3099fdd73d38d6ba03f16f59cc132e93a9b28362928995c7e25ff7dbd5913a32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicateursRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<IndicateursRoleQuery, IndicateursRoleQueryVariables>;
export const IndicateursOrganismeDocument = {"__meta__":{"hash":"sha256:db48d1b15ccc04cc6fc171f79cbde22bc83bb80dd5117d12fa0b13a20f3b55b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicateursOrganisme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiltreIndicateurs"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateurs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cle"}},{"kind":"Field","name":{"kind":"Name","value":"offre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"effectifPrevu"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"placesOffertes"}},{"kind":"Field","name":{"kind":"Name","value":"informationsCollectivesTenues"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsParEtat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}},{"kind":"Field","name":{"kind":"Name","value":"places"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationsCollectivesParEtat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}},{"kind":"Field","name":{"kind":"Name","value":"places"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repartitionOffre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"axe"},"value":{"kind":"EnumValue","value":"DISPOSITIF"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cle"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"placesOffertes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsParStatut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stagiaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entres"}},{"kind":"Field","name":{"kind":"Name","value":"presents"}},{"kind":"Field","name":{"kind":"Name","value":"sortis"}},{"kind":"Field","name":{"kind":"Name","value":"sortiesParMotif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motif"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"heures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realisees"}},{"kind":"Field","name":{"kind":"Name","value":"contractualisees"}},{"kind":"Field","name":{"kind":"Name","value":"tauxRealisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heuresParMois"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mois"}},{"kind":"Field","name":{"kind":"Name","value":"realisees"}},{"kind":"Field","name":{"kind":"Name","value":"realiseesCentre"}},{"kind":"Field","name":{"kind":"Name","value":"realiseesEntreprise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisationParAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"premier"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heuresRealisees"}},{"kind":"Field","name":{"kind":"Name","value":"heuresContractualisees"}},{"kind":"Field","name":{"kind":"Name","value":"tauxRealisation"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suivi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationsEnAttente"}},{"kind":"Field","name":{"kind":"Name","value":"declarationsEnRetard"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnRetardFermeture"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enquetes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"contrat"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facture"}},{"kind":"Field","name":{"kind":"Name","value":"valide"}},{"kind":"Field","name":{"kind":"Name","value":"rejete"}},{"kind":"Field","name":{"kind":"Name","value":"paye"}},{"kind":"Field","name":{"kind":"Name","value":"avancesEmises"}},{"kind":"Field","name":{"kind":"Name","value":"avancesRecuperees"}},{"kind":"Field","name":{"kind":"Name","value":"avancesRestantes"}},{"kind":"Field","name":{"kind":"Name","value":"facturesPayees"}},{"kind":"Field","name":{"kind":"Name","value":"delaiMoyenPaiementJours"}},{"kind":"Field","name":{"kind":"Name","value":"facturesEnAttenteRegion"}},{"kind":"Field","name":{"kind":"Name","value":"montantEnAttenteRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financesParMois"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mois"}},{"kind":"Field","name":{"kind":"Name","value":"facture"}},{"kind":"Field","name":{"kind":"Name","value":"valide"}},{"kind":"Field","name":{"kind":"Name","value":"rejete"}},{"kind":"Field","name":{"kind":"Name","value":"paye"}}]}}]}}]}}]} as unknown as DocumentNode<IndicateursOrganismeQuery, IndicateursOrganismeQueryVariables>;
export const AccueilActionsDocument = {"__meta__":{"hash":"sha256:7c6701cb81bffa6704b2eafdbde62ecd77590c486715765f2b82794956d231d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccueilActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tri"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TriActions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listeActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"parPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"tri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tri"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"parPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LigneActionAccueil"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LigneActionAccueil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"numeroContrat"}},{"kind":"Field","name":{"kind":"Name","value":"anneeProgrammation"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}}]}}]} as unknown as DocumentNode<AccueilActionsQuery, AccueilActionsQueryVariables>;
export const AccueilRoleDocument = {"__meta__":{"hash":"sha256:211ee7288a38ed38bc1c8a92570d5c9f955bbb4cdddf5bf38c1ae97b4c3754ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccueilRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AccueilRoleQuery, AccueilRoleQueryVariables>;
export const AccueilDocument = {"__meta__":{"hash":"sha256:cafbec16568c66c02ab434b05a3a8408733d8b3d77e8abb358e6d80656d3625d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accueil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicateurs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tableauDeBord"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicateurs"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicateursAccueil"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toutes"},"name":{"kind":"Name","value":"listeActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parPage"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"enCours"},"name":{"kind":"Name","value":"listeActionsParStatut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"parPage"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"cloturees"},"name":{"kind":"Name","value":"listeActionsParStatut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CLOTUREE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"parPage"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nonOuvertes"},"name":{"kind":"Name","value":"listeActionsParStatut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NON_OUVERTE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"parPage"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicateursAccueil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableauDeBord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnAttenteOuverture"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnCours"}},{"kind":"Field","name":{"kind":"Name","value":"actionsEnRetardFermeture"}},{"kind":"Field","name":{"kind":"Name","value":"inscriptionsEnAttente"}},{"kind":"Field","name":{"kind":"Name","value":"declarationsEnAttente"}}]}}]} as unknown as DocumentNode<AccueilQuery, AccueilQueryVariables>;