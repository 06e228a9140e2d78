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
    "\n  query IndicateursRole {\n    moi {\n      id\n      role\n    }\n  }\n": typeof types.IndicateursRoleDocument,
    "\n  query IndicateursOrganisme($filtre: FiltreIndicateurs!) {\n    indicateurs(filtre: $filtre) {\n      cle\n      offre {\n        actions effectifPrevu sessions placesOffertes informationsCollectivesTenues\n        sessionsParEtat { etat nombre places }\n        informationsCollectivesParEtat { etat nombre places }\n      }\n      repartitionOffre(axe: DISPOSITIF) { cle actions sessions placesOffertes }\n      actionsParStatut { statut nombre }\n      stagiaires { entres presents sortis sortiesParMotif { motif libelle nombre } }\n      heures { realisees contractualisees tauxRealisation }\n      heuresParMois { mois realisees realiseesCentre realiseesEntreprise }\n      realisationParAction(premier: 500) { action { id numero intitule } heuresRealisees heuresContractualisees tauxRealisation statut }\n      suivi { declarationsEnAttente declarationsEnRetard actionsEnRetardFermeture }\n      enquetes { moment situation contrat nombre }\n      finances {\n        facture valide rejete paye avancesEmises avancesRecuperees avancesRestantes\n        facturesPayees delaiMoyenPaiementJours facturesEnAttenteRegion montantEnAttenteRegion\n      }\n      financesParMois { mois facture valide rejete paye }\n    }\n  }\n": typeof types.IndicateursOrganismeDocument,
    "\n  query AccueilActions($page: Int, $parPage: Int, $tri: TriActions) {\n    listeActions(page: $page, parPage: $parPage, tri: $tri) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        ...LigneActionAccueil\n      }\n    }\n  }\n": typeof types.AccueilActionsDocument,
    "\n  fragment LigneActionAccueil on Action {\n    __typename\n    id\n    numero\n    intitule\n    numeroContrat\n    anneeProgrammation\n    statut\n    dateDebutReelle\n    dateFinPrevue\n  }\n": typeof types.LigneActionAccueilFragmentDoc,
    "\n  query AccueilRole {\n    moi {\n      id\n      role\n    }\n  }\n": typeof types.AccueilRoleDocument,
    "\n  query Accueil($indicateurs: Boolean!) {\n    tableauDeBord @include(if: $indicateurs) {\n      ...IndicateursAccueil\n    }\n    toutes: listeActions(parPage: 1) {\n      total\n    }\n    enCours: listeActionsParStatut(statuts: [EC], parPage: 1) {\n      total\n    }\n    cloturees: listeActionsParStatut(statuts: [CLOTUREE], parPage: 1) {\n      total\n    }\n    nonOuvertes: listeActionsParStatut(statuts: [NON_OUVERTE], parPage: 1) {\n      total\n    }\n  }\n": typeof types.AccueilDocument,
    "\n  fragment IndicateursAccueil on TableauDeBord {\n    __typename\n    actionsEnAttenteOuverture\n    actionsEnCours\n    actionsEnRetardFermeture\n    inscriptionsEnAttente\n    declarationsEnAttente\n  }\n": typeof types.IndicateursAccueilFragmentDoc,
};
const documents: Documents = {
    "\n  query IndicateursRole {\n    moi {\n      id\n      role\n    }\n  }\n": types.IndicateursRoleDocument,
    "\n  query IndicateursOrganisme($filtre: FiltreIndicateurs!) {\n    indicateurs(filtre: $filtre) {\n      cle\n      offre {\n        actions effectifPrevu sessions placesOffertes informationsCollectivesTenues\n        sessionsParEtat { etat nombre places }\n        informationsCollectivesParEtat { etat nombre places }\n      }\n      repartitionOffre(axe: DISPOSITIF) { cle actions sessions placesOffertes }\n      actionsParStatut { statut nombre }\n      stagiaires { entres presents sortis sortiesParMotif { motif libelle nombre } }\n      heures { realisees contractualisees tauxRealisation }\n      heuresParMois { mois realisees realiseesCentre realiseesEntreprise }\n      realisationParAction(premier: 500) { action { id numero intitule } heuresRealisees heuresContractualisees tauxRealisation statut }\n      suivi { declarationsEnAttente declarationsEnRetard actionsEnRetardFermeture }\n      enquetes { moment situation contrat nombre }\n      finances {\n        facture valide rejete paye avancesEmises avancesRecuperees avancesRestantes\n        facturesPayees delaiMoyenPaiementJours facturesEnAttenteRegion montantEnAttenteRegion\n      }\n      financesParMois { mois facture valide rejete paye }\n    }\n  }\n": types.IndicateursOrganismeDocument,
    "\n  query AccueilActions($page: Int, $parPage: Int, $tri: TriActions) {\n    listeActions(page: $page, parPage: $parPage, tri: $tri) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        ...LigneActionAccueil\n      }\n    }\n  }\n": types.AccueilActionsDocument,
    "\n  fragment LigneActionAccueil on Action {\n    __typename\n    id\n    numero\n    intitule\n    numeroContrat\n    anneeProgrammation\n    statut\n    dateDebutReelle\n    dateFinPrevue\n  }\n": types.LigneActionAccueilFragmentDoc,
    "\n  query AccueilRole {\n    moi {\n      id\n      role\n    }\n  }\n": types.AccueilRoleDocument,
    "\n  query Accueil($indicateurs: Boolean!) {\n    tableauDeBord @include(if: $indicateurs) {\n      ...IndicateursAccueil\n    }\n    toutes: listeActions(parPage: 1) {\n      total\n    }\n    enCours: listeActionsParStatut(statuts: [EC], parPage: 1) {\n      total\n    }\n    cloturees: listeActionsParStatut(statuts: [CLOTUREE], parPage: 1) {\n      total\n    }\n    nonOuvertes: listeActionsParStatut(statuts: [NON_OUVERTE], parPage: 1) {\n      total\n    }\n  }\n": types.AccueilDocument,
    "\n  fragment IndicateursAccueil on TableauDeBord {\n    __typename\n    actionsEnAttenteOuverture\n    actionsEnCours\n    actionsEnRetardFermeture\n    inscriptionsEnAttente\n    declarationsEnAttente\n  }\n": types.IndicateursAccueilFragmentDoc,
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
export function graphql(source: "\n  query IndicateursRole {\n    moi {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query IndicateursRole {\n    moi {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicateursOrganisme($filtre: FiltreIndicateurs!) {\n    indicateurs(filtre: $filtre) {\n      cle\n      offre {\n        actions effectifPrevu sessions placesOffertes informationsCollectivesTenues\n        sessionsParEtat { etat nombre places }\n        informationsCollectivesParEtat { etat nombre places }\n      }\n      repartitionOffre(axe: DISPOSITIF) { cle actions sessions placesOffertes }\n      actionsParStatut { statut nombre }\n      stagiaires { entres presents sortis sortiesParMotif { motif libelle nombre } }\n      heures { realisees contractualisees tauxRealisation }\n      heuresParMois { mois realisees realiseesCentre realiseesEntreprise }\n      realisationParAction(premier: 500) { action { id numero intitule } heuresRealisees heuresContractualisees tauxRealisation statut }\n      suivi { declarationsEnAttente declarationsEnRetard actionsEnRetardFermeture }\n      enquetes { moment situation contrat nombre }\n      finances {\n        facture valide rejete paye avancesEmises avancesRecuperees avancesRestantes\n        facturesPayees delaiMoyenPaiementJours facturesEnAttenteRegion montantEnAttenteRegion\n      }\n      financesParMois { mois facture valide rejete paye }\n    }\n  }\n"): (typeof documents)["\n  query IndicateursOrganisme($filtre: FiltreIndicateurs!) {\n    indicateurs(filtre: $filtre) {\n      cle\n      offre {\n        actions effectifPrevu sessions placesOffertes informationsCollectivesTenues\n        sessionsParEtat { etat nombre places }\n        informationsCollectivesParEtat { etat nombre places }\n      }\n      repartitionOffre(axe: DISPOSITIF) { cle actions sessions placesOffertes }\n      actionsParStatut { statut nombre }\n      stagiaires { entres presents sortis sortiesParMotif { motif libelle nombre } }\n      heures { realisees contractualisees tauxRealisation }\n      heuresParMois { mois realisees realiseesCentre realiseesEntreprise }\n      realisationParAction(premier: 500) { action { id numero intitule } heuresRealisees heuresContractualisees tauxRealisation statut }\n      suivi { declarationsEnAttente declarationsEnRetard actionsEnRetardFermeture }\n      enquetes { moment situation contrat nombre }\n      finances {\n        facture valide rejete paye avancesEmises avancesRecuperees avancesRestantes\n        facturesPayees delaiMoyenPaiementJours facturesEnAttenteRegion montantEnAttenteRegion\n      }\n      financesParMois { mois facture valide rejete paye }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccueilActions($page: Int, $parPage: Int, $tri: TriActions) {\n    listeActions(page: $page, parPage: $parPage, tri: $tri) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        ...LigneActionAccueil\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccueilActions($page: Int, $parPage: Int, $tri: TriActions) {\n    listeActions(page: $page, parPage: $parPage, tri: $tri) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        ...LigneActionAccueil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LigneActionAccueil on Action {\n    __typename\n    id\n    numero\n    intitule\n    numeroContrat\n    anneeProgrammation\n    statut\n    dateDebutReelle\n    dateFinPrevue\n  }\n"): (typeof documents)["\n  fragment LigneActionAccueil on Action {\n    __typename\n    id\n    numero\n    intitule\n    numeroContrat\n    anneeProgrammation\n    statut\n    dateDebutReelle\n    dateFinPrevue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccueilRole {\n    moi {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query AccueilRole {\n    moi {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accueil($indicateurs: Boolean!) {\n    tableauDeBord @include(if: $indicateurs) {\n      ...IndicateursAccueil\n    }\n    toutes: listeActions(parPage: 1) {\n      total\n    }\n    enCours: listeActionsParStatut(statuts: [EC], parPage: 1) {\n      total\n    }\n    cloturees: listeActionsParStatut(statuts: [CLOTUREE], parPage: 1) {\n      total\n    }\n    nonOuvertes: listeActionsParStatut(statuts: [NON_OUVERTE], parPage: 1) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query Accueil($indicateurs: Boolean!) {\n    tableauDeBord @include(if: $indicateurs) {\n      ...IndicateursAccueil\n    }\n    toutes: listeActions(parPage: 1) {\n      total\n    }\n    enCours: listeActionsParStatut(statuts: [EC], parPage: 1) {\n      total\n    }\n    cloturees: listeActionsParStatut(statuts: [CLOTUREE], parPage: 1) {\n      total\n    }\n    nonOuvertes: listeActionsParStatut(statuts: [NON_OUVERTE], parPage: 1) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicateursAccueil on TableauDeBord {\n    __typename\n    actionsEnAttenteOuverture\n    actionsEnCours\n    actionsEnRetardFermeture\n    inscriptionsEnAttente\n    declarationsEnAttente\n  }\n"): (typeof documents)["\n  fragment IndicateursAccueil on TableauDeBord {\n    __typename\n    actionsEnAttenteOuverture\n    actionsEnCours\n    actionsEnRetardFermeture\n    inscriptionsEnAttente\n    declarationsEnAttente\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;