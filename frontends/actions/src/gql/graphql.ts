/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Adresse de l'information collective (* : libellé de la voie, code postal, ville). */
export type AdresseInput = {
  /** Cedex. */
  cedex?: string | null | undefined;
  /** Code postal* (5 chiffres). */
  codePostal: string;
  /** Entrée, immeuble, bâtiment, résidence… */
  complement?: string | null | undefined;
  /** Extension de voie (bis, ter…). */
  extensionVoie?: string | null | undefined;
  /** Libellé de la voie*. */
  libelleVoie: string;
  /** Mention spéciale (BP, CS…) - commune géographique. */
  mentionSpeciale?: string | null | undefined;
  /** N° de voie. */
  numeroVoie?: string | null | undefined;
  /** Type de voie (rue, allée…). */
  typeVoie?: string | null | undefined;
  /** Ville*. */
  ville: string;
};

/** Colonne de tri de la liste des actions. */
export type CleTriAction =
  | 'ANNEE'
  | 'DATE_DEBUT_PREVUE'
  | 'DATE_FIN_PREVUE'
  | 'INTITULE'
  | 'NUMERO'
  | 'NUMERO_CONTRAT';

/** Nouvelles dates d'une composante. */
export type DatesComposanteInput = {
  /** Composante. */
  composanteId: string | number;
  /** Nouvelle date de début. */
  dateDebut: string;
  /** Nouvelle date de fin. */
  dateFin: string;
};

/** « DATES » d'une demande de modification de dates (seuls les champs fournis changent). */
export type DatesInput = {
  /** « LISTE DES COMPOSANTES » : nouvelles dates. */
  composantes?: Array<DatesComposanteInput> | null | undefined;
  /** Nouvelle date de début prévue. */
  dateDebutPrevue?: string | null | undefined;
  /** Nouvelle date de début réelle (action ouverte). */
  dateDebutReelle?: string | null | undefined;
  /** Nouvelle date de fin prévue. */
  dateFinPrevue?: string | null | undefined;
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

/** Une information collective de la session (avec `id` pour en modifier une existante). */
export type InformationCollectiveInput = {
  /** Adresse*. */
  adresse: AdresseInput;
  /** Commentaire, publié tel quel (500 caractères au plus). */
  commentaire?: string | null | undefined;
  /** Date*. */
  date: string;
  /** Heure de début* (hh:mm). */
  heureDebut: string;
  /** Heure de fin* (hh:mm), après le début. */
  heureFin: string;
  /** Information collective existante ; absente = nouvelle. */
  id?: string | number | null | undefined;
  /** Nb. de places* (capacité d'accueil ; 0 annule). */
  nbPlaces: number;
};

/** « Nouvelle demande de modification » : type, composante et session (facultative : nouvelle session). */
export type NouvelleDemandeInput = {
  /** Action concernée. */
  actionId: string | number;
  /** Composante (obligatoire pour une demande de sessions). */
  composanteId?: string | number | null | undefined;
  /** Session à modifier ; absente = « Ajouter une nouvelle session ». */
  sessionId?: string | number | null | undefined;
  /** Choix type de modification. */
  type: TypeDemandeModification;
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

/** Sens du tri : croissant (ASC) ou décroissant (DESC). */
export type SensTri =
  | 'ASC'
  | 'DESC';

/** Caractéristiques de la session proposée. */
export type SessionInput = {
  /** Code offre info. */
  codeOffreInfo?: string | null | undefined;
  /** Date début* (dans les dates de la composante). */
  dateDebut: string;
  /** Date fin*. */
  dateFin: string;
  /** Liste complète des informations collectives de la session. */
  informationsCollectives?: Array<InformationCollectiveInput> | null | undefined;
  /** Nb. de places* (0 annule la session). */
  nbPlaces: number;
  /** Num. de session (nouvelle session ; le suivant libre par défaut). */
  numero?: string | null | undefined;
  /** Lieu de la session* : un site de réalisation de l'organisme. */
  siteId: string | number;
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

/** Tri de la liste des actions (par défaut : année décroissante). */
export type TriActions = {
  /** Colonne triée. */
  cle?: CleTriAction;
  /** Sens du tri ; à valeurs égales, le numéro d'action départage dans le même sens. */
  sens?: SensTri;
};

/** Action collective (un groupe, dates communes) ou individualisée (un parcours par stagiaire). */
export type TypeAction =
  /** Action collective : la date de début réelle doit être la date prévue. */
  | 'COLLECTIVE'
  /** Action individualisée : parcours défini pour chaque stagiaire. */
  | 'INDIVIDUALISEE';

/** « Choix type de modification ». */
export type TypeDemandeModification =
  /** Demande de modification de dates (soumise à la validation de la Région). */
  | 'DATES'
  /** Demande de modification de sessions et informations collectives (appliquée dès l'émission). */
  | 'SESSIONS_ET_INFORMATIONS_COLLECTIVES';

/** Nature d'une prestation (unité du volume contractualisé). */
export type TypePrestation =
  /** Forfait parcours (fp). */
  | 'FP'
  /** Heure stagiaire en centre (hc). */
  | 'HC'
  /** Heure stagiaire en entreprise (he). */
  | 'HE';

export type ActionsListeQueryVariables = Exact<{
  page?: number | null | undefined;
  parPage?: number | null | undefined;
  tri?: TriActions | null | undefined;
}>;


export type ActionsListeQuery = { listeActions: { total: number, page: number, parPage: number, nodes: Array<{ id: string, numero: string, intitule: string, numeroContrat: string, anneeProgrammation: number, dateDebutPrevue: string, dateFinPrevue: string, statut: StatutAction | null, organisme: { id: string, code: string, raisonSociale: string }, stagiaires: Array<{ id: string, nom: string, prenom: string }> | null, factures: Array<{ id: string, numero: string, periode: string | null, montantHT: string, montantTTC: string, statut: StatutFacture }> | null }> } };

export type DemandeModificationQueryVariables = Exact<{
  id: string | number;
}>;


export type DemandeModificationQuery = { demandeModification: { id: string, type: TypeDemandeModification, libelleType: string, etat: EtatDemande, emetteurLibelle: string, dateEmission: string | null, motivation: string | null, observations: string | null, lignes: Array<{ intitule: string, avant: string, apres: string }>, historique: Array<{ ' $fragmentRefs'?: { 'EvenementHistoriqueFragment': EvenementHistoriqueFragment } }>, composante: { id: string, numero: string, intitule: string, dateDebut: string, dateFin: string } | null, session: { ' $fragmentRefs'?: { 'SessionEditeeFragment': SessionEditeeFragment } } | null, action: { id: string, numero: string, intitule: string, statut: StatutAction | null, dateDebutPrevue: string, dateFinPrevue: string, dateDebutReelle: string | null, organisme: { id: string, sites: Array<{ id: string, libelleComplet: string }> }, composantes: Array<{ id: string, numero: string, intitule: string, dateDebut: string, dateFin: string }> } } | null };

export type EmettreDemandeMutationVariables = Exact<{
  demandeId: string | number;
  motivation?: string | null | undefined;
}>;


export type EmettreDemandeMutation = { emettreDemande: { id: string, etat: EtatDemande, dateEmission: string | null } };

export type EnregistrerDatesMutationVariables = Exact<{
  demandeId: string | number;
  dates: DatesInput;
}>;


export type EnregistrerDatesMutation = { enregistrerDates: { id: string, lignes: Array<{ intitule: string, avant: string, apres: string }> } };

export type SessionEditeeFragment = { __typename: 'Session', id: string, numero: string, dateDebut: string, dateFin: string, nbPlaces: number, codeOffreInfo: string | null, site: { id: string }, informationsCollectives: Array<{ id: string, date: string, heureDebut: string, heureFin: string, nbPlaces: number, commentaire: string | null, adresse: { numeroVoie: string | null, extensionVoie: string | null, typeVoie: string | null, libelleVoie: string, complement: string | null, mentionSpeciale: string | null, codePostal: string, ville: string, cedex: string | null } }> } & { ' $fragmentName'?: 'SessionEditeeFragment' };

export type EnregistrerSessionMutationVariables = Exact<{
  demandeId: string | number;
  session: SessionInput;
}>;


export type EnregistrerSessionMutation = { enregistrerSession: { id: string, lignes: Array<{ intitule: string, avant: string, apres: string }> } };

export type EvenementHistoriqueFragment = { __typename: 'EvenementHistorique', id: string, action: string, auteur: string, auteurRole: string, date: string } & { ' $fragmentName'?: 'EvenementHistoriqueFragment' };

export type SuiviDemandesActionFragment = { __typename: 'Action', id: string, numero: string, composantes: Array<{ id: string, numero: string, intitule: string, sessions: Array<{ id: string, numero: string, dateDebut: string, dateFin: string }> }>, demandesModification: Array<{ id: string, type: TypeDemandeModification, libelleType: string, etat: EtatDemande, emetteurLibelle: string, dateEmission: string | null, observations: string | null, historique: Array<{ ' $fragmentRefs'?: { 'EvenementHistoriqueFragment': EvenementHistoriqueFragment } }> }> } & { ' $fragmentName'?: 'SuiviDemandesActionFragment' };

export type NouvelleDemandeModificationMutationVariables = Exact<{
  input: NouvelleDemandeInput;
}>;


export type NouvelleDemandeModificationMutation = { nouvelleDemandeModification: { id: string, etat: EtatDemande } };

export type SupprimerDemandeMutationVariables = Exact<{
  demandeId: string | number;
}>;


export type SupprimerDemandeMutation = { supprimerDemande: string };

export type GestionActionQueryVariables = Exact<{
  numero: string;
}>;


export type GestionActionQuery = { moi: { id: string, role: RoleCompte }, action: (
    { id: string, numero: string }
    & { ' $fragmentRefs'?: { 'IdentificationActionFragment': IdentificationActionFragment;'InfosPedagogiquesActionFragment': InfosPedagogiquesActionFragment;'SuiviDemandesActionFragment': SuiviDemandesActionFragment } }
  ) | null };

export type IdentificationActionFragment = { __typename: 'Action', intitule: string, numero: string, numeroContrat: string, statut: StatutAction | null, type: TypeAction, dateDebutPrevue: string, dateFinPrevue: string, dateDebutReelle: string | null, effectifTotal: number, effectifRemunere: number, prixTotal: string, dureeCentre: string, dureeEntreprise: string, lieu: string, departement: string, secteur: string, organisme: { id: string, raisonSociale: string }, marche: { id: string, dispositif: string, consultation: string, programme: string } } & { ' $fragmentName'?: 'IdentificationActionFragment' };

export type InfosPedagogiquesActionFragment = { __typename: 'Action', composantes: Array<{ id: string, numero: string, intitule: string, dateDebut: string, dateFin: string, ville: string | null, codePostal: string | null, prestations: Array<{ id: string, type: TypePrestation, libelle: string, effectif: number | null, volumeMoyen: string | null, volumeMinimal: string | null, volumeMaximal: string | null, volumeTotal: string }>, sessions: Array<{ id: string, numero: string, nbPlaces: number, codeOffreInfo: string | null, dateDebut: string, dateFin: string, annulee: boolean, informationsCollectives: Array<{ id: string, date: string, heureDebut: string, heureFin: string, nbPlaces: number, annulee: boolean }> }> }> } & { ' $fragmentName'?: 'InfosPedagogiquesActionFragment' };

export const SessionEditeeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionEditee"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}},{"kind":"Field","name":{"kind":"Name","value":"nbPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"codeOffreInfo"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationsCollectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"heureDebut"}},{"kind":"Field","name":{"kind":"Name","value":"heureFin"}},{"kind":"Field","name":{"kind":"Name","value":"nbPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"commentaire"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numeroVoie"}},{"kind":"Field","name":{"kind":"Name","value":"extensionVoie"}},{"kind":"Field","name":{"kind":"Name","value":"typeVoie"}},{"kind":"Field","name":{"kind":"Name","value":"libelleVoie"}},{"kind":"Field","name":{"kind":"Name","value":"complement"}},{"kind":"Field","name":{"kind":"Name","value":"mentionSpeciale"}},{"kind":"Field","name":{"kind":"Name","value":"codePostal"}},{"kind":"Field","name":{"kind":"Name","value":"ville"}},{"kind":"Field","name":{"kind":"Name","value":"cedex"}}]}}]}}]}}]} as unknown as DocumentNode<SessionEditeeFragment, unknown>;
export const EvenementHistoriqueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvenementHistorique"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvenementHistorique"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"auteurRole"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]} as unknown as DocumentNode<EvenementHistoriqueFragment, unknown>;
export const SuiviDemandesActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuiviDemandesAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"composantes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"demandesModification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"libelleType"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"emetteurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"historique"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvenementHistorique"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvenementHistorique"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvenementHistorique"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"auteurRole"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]} as unknown as DocumentNode<SuiviDemandesActionFragment, unknown>;
export const IdentificationActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentificationAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"numeroContrat"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dispositif"}},{"kind":"Field","name":{"kind":"Name","value":"consultation"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}},{"kind":"Field","name":{"kind":"Name","value":"effectifTotal"}},{"kind":"Field","name":{"kind":"Name","value":"effectifRemunere"}},{"kind":"Field","name":{"kind":"Name","value":"prixTotal"}},{"kind":"Field","name":{"kind":"Name","value":"dureeCentre"}},{"kind":"Field","name":{"kind":"Name","value":"dureeEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"lieu"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"secteur"}}]}}]} as unknown as DocumentNode<IdentificationActionFragment, unknown>;
export const InfosPedagogiquesActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InfosPedagogiquesAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"composantes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}},{"kind":"Field","name":{"kind":"Name","value":"ville"}},{"kind":"Field","name":{"kind":"Name","value":"codePostal"}},{"kind":"Field","name":{"kind":"Name","value":"prestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"effectif"}},{"kind":"Field","name":{"kind":"Name","value":"volumeMoyen"}},{"kind":"Field","name":{"kind":"Name","value":"volumeMinimal"}},{"kind":"Field","name":{"kind":"Name","value":"volumeMaximal"}},{"kind":"Field","name":{"kind":"Name","value":"volumeTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"nbPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"codeOffreInfo"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}},{"kind":"Field","name":{"kind":"Name","value":"annulee"}},{"kind":"Field","name":{"kind":"Name","value":"informationsCollectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"heureDebut"}},{"kind":"Field","name":{"kind":"Name","value":"heureFin"}},{"kind":"Field","name":{"kind":"Name","value":"nbPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"annulee"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InfosPedagogiquesActionFragment, unknown>;
export const ActionsListeDocument = {"__meta__":{"hash":"sha256:064618d33772682a936bca6a792ed829c0989dd75f46d1f1739eddba269fcdcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionsListe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tri"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TriActions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listeActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"parPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"tri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tri"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"parPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"numeroContrat"}},{"kind":"Field","name":{"kind":"Name","value":"anneeProgrammation"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"stagiaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"prenom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"montantHT"}},{"kind":"Field","name":{"kind":"Name","value":"montantTTC"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionsListeQuery, ActionsListeQueryVariables>;
export const DemandeModificationDocument = {"__meta__":{"hash":"sha256:06719450dc83dc2bf80f652f9197fd8a5dc800622fe91da9dd3f9ef99a82f847"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandeModification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandeModification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"libelleType"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"emetteurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}},{"kind":"Field","name":{"kind":"Name","value":"historique"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvenementHistorique"}}]}},{"kind":"Field","name":{"kind":"Name","value":"composante"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionEditee"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"libelleComplet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"composantes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvenementHistorique"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvenementHistorique"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"auteurRole"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionEditee"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}},{"kind":"Field","name":{"kind":"Name","value":"nbPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"codeOffreInfo"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationsCollectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"heureDebut"}},{"kind":"Field","name":{"kind":"Name","value":"heureFin"}},{"kind":"Field","name":{"kind":"Name","value":"nbPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"commentaire"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numeroVoie"}},{"kind":"Field","name":{"kind":"Name","value":"extensionVoie"}},{"kind":"Field","name":{"kind":"Name","value":"typeVoie"}},{"kind":"Field","name":{"kind":"Name","value":"libelleVoie"}},{"kind":"Field","name":{"kind":"Name","value":"complement"}},{"kind":"Field","name":{"kind":"Name","value":"mentionSpeciale"}},{"kind":"Field","name":{"kind":"Name","value":"codePostal"}},{"kind":"Field","name":{"kind":"Name","value":"ville"}},{"kind":"Field","name":{"kind":"Name","value":"cedex"}}]}}]}}]}}]} as unknown as DocumentNode<DemandeModificationQuery, DemandeModificationQueryVariables>;
export const EmettreDemandeDocument = {"__meta__":{"hash":"sha256:022b3f29bfed46661a76cbfc5c2530bfaf76bfa1f79338931a30c63442412acd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmettreDemande"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motivation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emettreDemande"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"motivation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motivation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}}]}}]}}]} as unknown as DocumentNode<EmettreDemandeMutation, EmettreDemandeMutationVariables>;
export const EnregistrerDatesDocument = {"__meta__":{"hash":"sha256:549dc44a7a635055df9a61c48482610ef716546400f70d74687af96a3287b6ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnregistrerDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dates"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enregistrerDates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}}]}}]}}]} as unknown as DocumentNode<EnregistrerDatesMutation, EnregistrerDatesMutationVariables>;
export const EnregistrerSessionDocument = {"__meta__":{"hash":"sha256:4003afb2e36eb9912e52a404018248934c1f5049e243eca0f009f3589567e576"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnregistrerSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"session"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enregistrerSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"session"},"value":{"kind":"Variable","name":{"kind":"Name","value":"session"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"avant"}},{"kind":"Field","name":{"kind":"Name","value":"apres"}}]}}]}}]}}]} as unknown as DocumentNode<EnregistrerSessionMutation, EnregistrerSessionMutationVariables>;
export const NouvelleDemandeModificationDocument = {"__meta__":{"hash":"sha256:3c5145fa521b5206729dc71c44842a3f46686a085a0aed906af848ad2cd490f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NouvelleDemandeModification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NouvelleDemandeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nouvelleDemandeModification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}}]}}]}}]} as unknown as DocumentNode<NouvelleDemandeModificationMutation, NouvelleDemandeModificationMutationVariables>;
export const SupprimerDemandeDocument = {"__meta__":{"hash":"sha256:5d0e953519219e7d8727d5a757e366730e9ff737bfa9bf5ec76209c259d8e2b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupprimerDemande"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supprimerDemande"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandeId"}}}]}]}}]} as unknown as DocumentNode<SupprimerDemandeMutation, SupprimerDemandeMutationVariables>;
export const GestionActionDocument = {"__meta__":{"hash":"sha256:4827888f71e9140d35cf8f84ce6b58893d76c458f6c5a9ade278f6559794450f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GestionAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numero"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numero"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numero"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentificationAction"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InfosPedagogiquesAction"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuiviDemandesAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvenementHistorique"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvenementHistorique"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"auteurRole"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentificationAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"numeroContrat"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"organisme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisonSociale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dispositif"}},{"kind":"Field","name":{"kind":"Name","value":"consultation"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateFinPrevue"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebutReelle"}},{"kind":"Field","name":{"kind":"Name","value":"effectifTotal"}},{"kind":"Field","name":{"kind":"Name","value":"effectifRemunere"}},{"kind":"Field","name":{"kind":"Name","value":"prixTotal"}},{"kind":"Field","name":{"kind":"Name","value":"dureeCentre"}},{"kind":"Field","name":{"kind":"Name","value":"dureeEntreprise"}},{"kind":"Field","name":{"kind":"Name","value":"lieu"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"secteur"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InfosPedagogiquesAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"composantes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}},{"kind":"Field","name":{"kind":"Name","value":"ville"}},{"kind":"Field","name":{"kind":"Name","value":"codePostal"}},{"kind":"Field","name":{"kind":"Name","value":"prestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"effectif"}},{"kind":"Field","name":{"kind":"Name","value":"volumeMoyen"}},{"kind":"Field","name":{"kind":"Name","value":"volumeMinimal"}},{"kind":"Field","name":{"kind":"Name","value":"volumeMaximal"}},{"kind":"Field","name":{"kind":"Name","value":"volumeTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"nbPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"codeOffreInfo"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}},{"kind":"Field","name":{"kind":"Name","value":"annulee"}},{"kind":"Field","name":{"kind":"Name","value":"informationsCollectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"heureDebut"}},{"kind":"Field","name":{"kind":"Name","value":"heureFin"}},{"kind":"Field","name":{"kind":"Name","value":"nbPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"annulee"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuiviDemandesAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"composantes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"intitule"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numero"}},{"kind":"Field","name":{"kind":"Name","value":"dateDebut"}},{"kind":"Field","name":{"kind":"Name","value":"dateFin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"demandesModification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"libelleType"}},{"kind":"Field","name":{"kind":"Name","value":"etat"}},{"kind":"Field","name":{"kind":"Name","value":"emetteurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"dateEmission"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"historique"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvenementHistorique"}}]}}]}}]}}]} as unknown as DocumentNode<GestionActionQuery, GestionActionQueryVariables>;