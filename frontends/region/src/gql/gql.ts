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
    "\n  fragment DemandeRegion on DemandeModification {\n    id\n    type\n    etat\n    libelleType\n    emetteurLibelle\n    dateEmission\n    motivation\n    observations\n    lignes {\n      intitule\n      avant\n      apres\n    }\n  }\n": typeof types.DemandeRegionFragmentDoc,
    "\n  fragment DemandeStagiaireRegion on DemandeModificationStagiaire {\n    id\n    etat\n    motivation\n    motifRefus\n    emiseLe\n    traiteeLe\n    stagiaire {\n      id\n      nom\n      prenom\n    }\n    modifications {\n      champ\n      avant\n      apres\n    }\n  }\n": typeof types.DemandeStagiaireRegionFragmentDoc,
    "\n  query DemandesRegion {\n    actions {\n      id\n      numero\n      organisme {\n        id\n        code\n        raisonSociale\n      }\n      demandesModification {\n        __typename\n        ...DemandeRegion\n      }\n    }\n    demandesModificationStagiaire(etat: EN_ATTENTE) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n": typeof types.DemandesRegionDocument,
    "\n  mutation ValiderDemande($demandeId: ID!, $observations: String) {\n    validerDemande(demandeId: $demandeId, observations: $observations) {\n      __typename\n      ...DemandeRegion\n    }\n  }\n": typeof types.ValiderDemandeDocument,
    "\n  mutation RefuserDemande($demandeId: ID!, $observations: String!) {\n    refuserDemande(demandeId: $demandeId, observations: $observations) {\n      __typename\n      ...DemandeRegion\n    }\n  }\n": typeof types.RefuserDemandeDocument,
    "\n  mutation ValiderDemandeStagiaire($id: ID!) {\n    validerDemandeModificationStagiaire(id: $id) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n": typeof types.ValiderDemandeStagiaireDocument,
    "\n  mutation RefuserDemandeStagiaire($id: ID!, $motif: String!) {\n    refuserDemandeModificationStagiaire(id: $id, motif: $motif) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n": typeof types.RefuserDemandeStagiaireDocument,
    "\n  fragment FactureRegion on Facture {\n    id\n    numero\n    support\n    periode\n    statut\n    dateEmission\n    dateDecision\n    montantHT\n    montantTTC\n    montantAPayer\n    resteAPayer\n    motifRejet\n    fichierSigne {\n      nom\n      dateDepot\n      signature\n    }\n    paiements {\n      id\n      datePaiement\n      montant\n      reference\n    }\n    action {\n      id\n      numero\n      organisme {\n        id\n        code\n        raisonSociale\n      }\n    }\n  }\n": typeof types.FactureRegionFragmentDoc,
    "\n  query FacturesRegion($statuts: [StatutFacture!]!) {\n    facturesParStatut(statuts: $statuts, premiers: 100) {\n      nodes {\n        __typename\n        ...FactureRegion\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FacturesRegionDocument,
    "\n  mutation ValiderFacture($factureId: ID!) {\n    validerFacture(factureId: $factureId) {\n      __typename\n      ...FactureRegion\n    }\n  }\n": typeof types.ValiderFactureDocument,
    "\n  mutation RejeterFacture($factureId: ID!, $motif: String!) {\n    rejeterFacture(factureId: $factureId, motif: $motif) {\n      __typename\n      ...FactureRegion\n    }\n  }\n": typeof types.RejeterFactureDocument,
    "\n  mutation EnregistrerPaiement($input: EnregistrerPaiementInput!) {\n    enregistrerPaiement(input: $input) {\n      __typename\n      ...FactureRegion\n    }\n  }\n": typeof types.EnregistrerPaiementDocument,
    "\n  query FacturePdfSigne($id: ID!) {\n    facture(id: $id) {\n      id\n      pdfSigne {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n      pdf {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n    }\n  }\n": typeof types.FacturePdfSigneDocument,
    "\n  query EditionDemandesPaiementRegion($etat: EtatDemandesPaiement!) {\n    editionDemandesPaiement(etat: $etat) {\n      nomFichier\n      typeMime\n      contenuBase64\n    }\n  }\n": typeof types.EditionDemandesPaiementRegionDocument,
    "\n  query TableauDeBordRegion($filtre: FiltreIndicateurs!) {\n    indicateurs(filtre: $filtre) {\n      cle\n      offre {\n        actions effectifPrevu sessions placesOffertes informationsCollectivesTenues\n        sessionsParEtat { etat nombre places }\n        informationsCollectivesParEtat { etat nombre places }\n      }\n      repartitionOffre(axe: DISPOSITIF) { cle actions sessions placesOffertes }\n      actionsParStatut { statut nombre }\n      stagiaires { entres presents sortis sortiesParMotif { motif libelle nombre } }\n      heures { realisees contractualisees tauxRealisation }\n      heuresParMois { mois realisees realiseesCentre realiseesEntreprise }\n      realisationParAction(premier: 500) { action { id numero intitule } heuresRealisees heuresContractualisees tauxRealisation statut }\n      suivi { declarationsEnAttente declarationsEnRetard actionsEnRetardFermeture }\n      enquetes { moment situation contrat nombre }\n      finances {\n        facture valide rejete paye avancesEmises avancesRecuperees avancesRestantes\n        facturesPayees delaiMoyenPaiementJours facturesEnAttenteRegion montantEnAttenteRegion\n      }\n      financesParMois { mois facture valide rejete paye }\n    }\n  }\n": typeof types.TableauDeBordRegionDocument,
};
const documents: Documents = {
    "\n  fragment DemandeRegion on DemandeModification {\n    id\n    type\n    etat\n    libelleType\n    emetteurLibelle\n    dateEmission\n    motivation\n    observations\n    lignes {\n      intitule\n      avant\n      apres\n    }\n  }\n": types.DemandeRegionFragmentDoc,
    "\n  fragment DemandeStagiaireRegion on DemandeModificationStagiaire {\n    id\n    etat\n    motivation\n    motifRefus\n    emiseLe\n    traiteeLe\n    stagiaire {\n      id\n      nom\n      prenom\n    }\n    modifications {\n      champ\n      avant\n      apres\n    }\n  }\n": types.DemandeStagiaireRegionFragmentDoc,
    "\n  query DemandesRegion {\n    actions {\n      id\n      numero\n      organisme {\n        id\n        code\n        raisonSociale\n      }\n      demandesModification {\n        __typename\n        ...DemandeRegion\n      }\n    }\n    demandesModificationStagiaire(etat: EN_ATTENTE) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n": types.DemandesRegionDocument,
    "\n  mutation ValiderDemande($demandeId: ID!, $observations: String) {\n    validerDemande(demandeId: $demandeId, observations: $observations) {\n      __typename\n      ...DemandeRegion\n    }\n  }\n": types.ValiderDemandeDocument,
    "\n  mutation RefuserDemande($demandeId: ID!, $observations: String!) {\n    refuserDemande(demandeId: $demandeId, observations: $observations) {\n      __typename\n      ...DemandeRegion\n    }\n  }\n": types.RefuserDemandeDocument,
    "\n  mutation ValiderDemandeStagiaire($id: ID!) {\n    validerDemandeModificationStagiaire(id: $id) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n": types.ValiderDemandeStagiaireDocument,
    "\n  mutation RefuserDemandeStagiaire($id: ID!, $motif: String!) {\n    refuserDemandeModificationStagiaire(id: $id, motif: $motif) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n": types.RefuserDemandeStagiaireDocument,
    "\n  fragment FactureRegion on Facture {\n    id\n    numero\n    support\n    periode\n    statut\n    dateEmission\n    dateDecision\n    montantHT\n    montantTTC\n    montantAPayer\n    resteAPayer\n    motifRejet\n    fichierSigne {\n      nom\n      dateDepot\n      signature\n    }\n    paiements {\n      id\n      datePaiement\n      montant\n      reference\n    }\n    action {\n      id\n      numero\n      organisme {\n        id\n        code\n        raisonSociale\n      }\n    }\n  }\n": types.FactureRegionFragmentDoc,
    "\n  query FacturesRegion($statuts: [StatutFacture!]!) {\n    facturesParStatut(statuts: $statuts, premiers: 100) {\n      nodes {\n        __typename\n        ...FactureRegion\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.FacturesRegionDocument,
    "\n  mutation ValiderFacture($factureId: ID!) {\n    validerFacture(factureId: $factureId) {\n      __typename\n      ...FactureRegion\n    }\n  }\n": types.ValiderFactureDocument,
    "\n  mutation RejeterFacture($factureId: ID!, $motif: String!) {\n    rejeterFacture(factureId: $factureId, motif: $motif) {\n      __typename\n      ...FactureRegion\n    }\n  }\n": types.RejeterFactureDocument,
    "\n  mutation EnregistrerPaiement($input: EnregistrerPaiementInput!) {\n    enregistrerPaiement(input: $input) {\n      __typename\n      ...FactureRegion\n    }\n  }\n": types.EnregistrerPaiementDocument,
    "\n  query FacturePdfSigne($id: ID!) {\n    facture(id: $id) {\n      id\n      pdfSigne {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n      pdf {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n    }\n  }\n": types.FacturePdfSigneDocument,
    "\n  query EditionDemandesPaiementRegion($etat: EtatDemandesPaiement!) {\n    editionDemandesPaiement(etat: $etat) {\n      nomFichier\n      typeMime\n      contenuBase64\n    }\n  }\n": types.EditionDemandesPaiementRegionDocument,
    "\n  query TableauDeBordRegion($filtre: FiltreIndicateurs!) {\n    indicateurs(filtre: $filtre) {\n      cle\n      offre {\n        actions effectifPrevu sessions placesOffertes informationsCollectivesTenues\n        sessionsParEtat { etat nombre places }\n        informationsCollectivesParEtat { etat nombre places }\n      }\n      repartitionOffre(axe: DISPOSITIF) { cle actions sessions placesOffertes }\n      actionsParStatut { statut nombre }\n      stagiaires { entres presents sortis sortiesParMotif { motif libelle nombre } }\n      heures { realisees contractualisees tauxRealisation }\n      heuresParMois { mois realisees realiseesCentre realiseesEntreprise }\n      realisationParAction(premier: 500) { action { id numero intitule } heuresRealisees heuresContractualisees tauxRealisation statut }\n      suivi { declarationsEnAttente declarationsEnRetard actionsEnRetardFermeture }\n      enquetes { moment situation contrat nombre }\n      finances {\n        facture valide rejete paye avancesEmises avancesRecuperees avancesRestantes\n        facturesPayees delaiMoyenPaiementJours facturesEnAttenteRegion montantEnAttenteRegion\n      }\n      financesParMois { mois facture valide rejete paye }\n    }\n  }\n": types.TableauDeBordRegionDocument,
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
export function graphql(source: "\n  fragment DemandeRegion on DemandeModification {\n    id\n    type\n    etat\n    libelleType\n    emetteurLibelle\n    dateEmission\n    motivation\n    observations\n    lignes {\n      intitule\n      avant\n      apres\n    }\n  }\n"): (typeof documents)["\n  fragment DemandeRegion on DemandeModification {\n    id\n    type\n    etat\n    libelleType\n    emetteurLibelle\n    dateEmission\n    motivation\n    observations\n    lignes {\n      intitule\n      avant\n      apres\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DemandeStagiaireRegion on DemandeModificationStagiaire {\n    id\n    etat\n    motivation\n    motifRefus\n    emiseLe\n    traiteeLe\n    stagiaire {\n      id\n      nom\n      prenom\n    }\n    modifications {\n      champ\n      avant\n      apres\n    }\n  }\n"): (typeof documents)["\n  fragment DemandeStagiaireRegion on DemandeModificationStagiaire {\n    id\n    etat\n    motivation\n    motifRefus\n    emiseLe\n    traiteeLe\n    stagiaire {\n      id\n      nom\n      prenom\n    }\n    modifications {\n      champ\n      avant\n      apres\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemandesRegion {\n    actions {\n      id\n      numero\n      organisme {\n        id\n        code\n        raisonSociale\n      }\n      demandesModification {\n        __typename\n        ...DemandeRegion\n      }\n    }\n    demandesModificationStagiaire(etat: EN_ATTENTE) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n"): (typeof documents)["\n  query DemandesRegion {\n    actions {\n      id\n      numero\n      organisme {\n        id\n        code\n        raisonSociale\n      }\n      demandesModification {\n        __typename\n        ...DemandeRegion\n      }\n    }\n    demandesModificationStagiaire(etat: EN_ATTENTE) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValiderDemande($demandeId: ID!, $observations: String) {\n    validerDemande(demandeId: $demandeId, observations: $observations) {\n      __typename\n      ...DemandeRegion\n    }\n  }\n"): (typeof documents)["\n  mutation ValiderDemande($demandeId: ID!, $observations: String) {\n    validerDemande(demandeId: $demandeId, observations: $observations) {\n      __typename\n      ...DemandeRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuserDemande($demandeId: ID!, $observations: String!) {\n    refuserDemande(demandeId: $demandeId, observations: $observations) {\n      __typename\n      ...DemandeRegion\n    }\n  }\n"): (typeof documents)["\n  mutation RefuserDemande($demandeId: ID!, $observations: String!) {\n    refuserDemande(demandeId: $demandeId, observations: $observations) {\n      __typename\n      ...DemandeRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValiderDemandeStagiaire($id: ID!) {\n    validerDemandeModificationStagiaire(id: $id) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n"): (typeof documents)["\n  mutation ValiderDemandeStagiaire($id: ID!) {\n    validerDemandeModificationStagiaire(id: $id) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuserDemandeStagiaire($id: ID!, $motif: String!) {\n    refuserDemandeModificationStagiaire(id: $id, motif: $motif) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n"): (typeof documents)["\n  mutation RefuserDemandeStagiaire($id: ID!, $motif: String!) {\n    refuserDemandeModificationStagiaire(id: $id, motif: $motif) {\n      __typename\n      ...DemandeStagiaireRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactureRegion on Facture {\n    id\n    numero\n    support\n    periode\n    statut\n    dateEmission\n    dateDecision\n    montantHT\n    montantTTC\n    montantAPayer\n    resteAPayer\n    motifRejet\n    fichierSigne {\n      nom\n      dateDepot\n      signature\n    }\n    paiements {\n      id\n      datePaiement\n      montant\n      reference\n    }\n    action {\n      id\n      numero\n      organisme {\n        id\n        code\n        raisonSociale\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FactureRegion on Facture {\n    id\n    numero\n    support\n    periode\n    statut\n    dateEmission\n    dateDecision\n    montantHT\n    montantTTC\n    montantAPayer\n    resteAPayer\n    motifRejet\n    fichierSigne {\n      nom\n      dateDepot\n      signature\n    }\n    paiements {\n      id\n      datePaiement\n      montant\n      reference\n    }\n    action {\n      id\n      numero\n      organisme {\n        id\n        code\n        raisonSociale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacturesRegion($statuts: [StatutFacture!]!) {\n    facturesParStatut(statuts: $statuts, premiers: 100) {\n      nodes {\n        __typename\n        ...FactureRegion\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacturesRegion($statuts: [StatutFacture!]!) {\n    facturesParStatut(statuts: $statuts, premiers: 100) {\n      nodes {\n        __typename\n        ...FactureRegion\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValiderFacture($factureId: ID!) {\n    validerFacture(factureId: $factureId) {\n      __typename\n      ...FactureRegion\n    }\n  }\n"): (typeof documents)["\n  mutation ValiderFacture($factureId: ID!) {\n    validerFacture(factureId: $factureId) {\n      __typename\n      ...FactureRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejeterFacture($factureId: ID!, $motif: String!) {\n    rejeterFacture(factureId: $factureId, motif: $motif) {\n      __typename\n      ...FactureRegion\n    }\n  }\n"): (typeof documents)["\n  mutation RejeterFacture($factureId: ID!, $motif: String!) {\n    rejeterFacture(factureId: $factureId, motif: $motif) {\n      __typename\n      ...FactureRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnregistrerPaiement($input: EnregistrerPaiementInput!) {\n    enregistrerPaiement(input: $input) {\n      __typename\n      ...FactureRegion\n    }\n  }\n"): (typeof documents)["\n  mutation EnregistrerPaiement($input: EnregistrerPaiementInput!) {\n    enregistrerPaiement(input: $input) {\n      __typename\n      ...FactureRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacturePdfSigne($id: ID!) {\n    facture(id: $id) {\n      id\n      pdfSigne {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n      pdf {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacturePdfSigne($id: ID!) {\n    facture(id: $id) {\n      id\n      pdfSigne {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n      pdf {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditionDemandesPaiementRegion($etat: EtatDemandesPaiement!) {\n    editionDemandesPaiement(etat: $etat) {\n      nomFichier\n      typeMime\n      contenuBase64\n    }\n  }\n"): (typeof documents)["\n  query EditionDemandesPaiementRegion($etat: EtatDemandesPaiement!) {\n    editionDemandesPaiement(etat: $etat) {\n      nomFichier\n      typeMime\n      contenuBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TableauDeBordRegion($filtre: FiltreIndicateurs!) {\n    indicateurs(filtre: $filtre) {\n      cle\n      offre {\n        actions effectifPrevu sessions placesOffertes informationsCollectivesTenues\n        sessionsParEtat { etat nombre places }\n        informationsCollectivesParEtat { etat nombre places }\n      }\n      repartitionOffre(axe: DISPOSITIF) { cle actions sessions placesOffertes }\n      actionsParStatut { statut nombre }\n      stagiaires { entres presents sortis sortiesParMotif { motif libelle nombre } }\n      heures { realisees contractualisees tauxRealisation }\n      heuresParMois { mois realisees realiseesCentre realiseesEntreprise }\n      realisationParAction(premier: 500) { action { id numero intitule } heuresRealisees heuresContractualisees tauxRealisation statut }\n      suivi { declarationsEnAttente declarationsEnRetard actionsEnRetardFermeture }\n      enquetes { moment situation contrat nombre }\n      finances {\n        facture valide rejete paye avancesEmises avancesRecuperees avancesRestantes\n        facturesPayees delaiMoyenPaiementJours facturesEnAttenteRegion montantEnAttenteRegion\n      }\n      financesParMois { mois facture valide rejete paye }\n    }\n  }\n"): (typeof documents)["\n  query TableauDeBordRegion($filtre: FiltreIndicateurs!) {\n    indicateurs(filtre: $filtre) {\n      cle\n      offre {\n        actions effectifPrevu sessions placesOffertes informationsCollectivesTenues\n        sessionsParEtat { etat nombre places }\n        informationsCollectivesParEtat { etat nombre places }\n      }\n      repartitionOffre(axe: DISPOSITIF) { cle actions sessions placesOffertes }\n      actionsParStatut { statut nombre }\n      stagiaires { entres presents sortis sortiesParMotif { motif libelle nombre } }\n      heures { realisees contractualisees tauxRealisation }\n      heuresParMois { mois realisees realiseesCentre realiseesEntreprise }\n      realisationParAction(premier: 500) { action { id numero intitule } heuresRealisees heuresContractualisees tauxRealisation statut }\n      suivi { declarationsEnAttente declarationsEnRetard actionsEnRetardFermeture }\n      enquetes { moment situation contrat nombre }\n      finances {\n        facture valide rejete paye avancesEmises avancesRecuperees avancesRestantes\n        facturesPayees delaiMoyenPaiementJours facturesEnAttenteRegion montantEnAttenteRegion\n      }\n      financesParMois { mois facture valide rejete paye }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;