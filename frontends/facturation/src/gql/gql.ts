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
    "\n  fragment FactureAEmettreLigne on FactureAEmettre {\n    type\n      periode\n      moisDebut\n      moisFin\n      support\n      disponible\n      raison\n      mentionsSousTraitance\n      montantHT\n      montantTTC\n      avanceRecuperee\n      montantAPayer\n  }\n": typeof types.FactureAEmettreLigneFragmentDoc,
    "\n  mutation EmettreFacture($input: EmettreFactureInput!) {\n    emettreFacture(input: $input) {\n      id\n      numero\n      periode\n      statut\n    }\n  }\n": typeof types.EmettreFactureDocument,
    "\n  fragment CreTable on Cre {\n    moisAValider\n      periodeFacturation\n      tauxRealisationPointsDeBase\n      lignes {\n        prestation\n        libelle\n        unite\n        contractualise\n        prescrit\n        realise\n        facture\n        periodeCourante\n        disponibles\n      }\n  }\n": typeof types.CreTableFragmentDoc,
    "\n  query Facturation($page: Int, $parPage: Int) {\n    listeActionsParStatut(statuts: [EC, CLOTUREE], page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n      id\n      numero\n      intitule\n      statut\n      organisme {\n        id\n        code\n      }\n      marche {\n        id\n        sousTraitants {\n          id\n          raisonSociale\n        }\n      }\n      cre {\n        __typename\n        ...CreTable\n      }\n      aFacturer {\n        __typename\n        ...FactureAEmettreLigne\n      }\n      sousTraitances {\n        __typename\n        ...SousTraitanceSaisie\n      }\n      }\n    }\n    suivies: facturesParStatut(statuts: [EMISE, SIGNEE_DEPOSEE, REJETEE], premiers: 100) {\n      nodes {\n        __typename\n        ...FactureSuivi\n        action {\n          id\n          organisme {\n            id\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    payees: facturesParStatut(statuts: [VALIDEE, PAYEE], premiers: 100) {\n      nodes {\n        __typename\n        ...FactureSuivi\n        action {\n          id\n          organisme {\n            id\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FacturationDocument,
    "\n  query EditionDemandesPaiementOrganisme($etat: EtatDemandesPaiement!) {\n    editionDemandesPaiement(etat: $etat) {\n      nomFichier\n      typeMime\n      contenuBase64\n    }\n  }\n": typeof types.EditionDemandesPaiementOrganismeDocument,
    "\n  fragment SousTraitanceSaisie on FactureSousTraitant {\n    id\n    sousTraitant\n    montantHT\n    dateSaisie\n    mention\n  }\n": typeof types.SousTraitanceSaisieFragmentDoc,
    "\n  mutation EnregistrerFactureSousTraitant($input: FactureSousTraitantInput!) {\n    enregistrerFactureSousTraitant(input: $input) {\n      __typename\n      id\n      sousTraitant\n      montantHT\n      dateSaisie\n      mention\n    }\n  }\n": typeof types.EnregistrerFactureSousTraitantDocument,
    "\n  fragment FactureSuivi on Facture {\n    id\n    numero\n    type\n    support\n    periode\n    statut\n    dateEmission\n    montantHT\n    montantTTC\n    montantAPayer\n    resteAPayer\n    motifRejet\n    dateDecision\n    nomFichierAttendu\n    verrouillee\n    fichierSigne {\n      nom\n      dateDepot\n    }\n    paiements {\n      id\n      datePaiement\n      montant\n      reference\n    }\n  }\n": typeof types.FactureSuiviFragmentDoc,
    "\n  query FacturePdf($id: ID!) {\n    facture(id: $id) {\n      id\n      pdf {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n    }\n  }\n": typeof types.FacturePdfDocument,
};
const documents: Documents = {
    "\n  fragment FactureAEmettreLigne on FactureAEmettre {\n    type\n      periode\n      moisDebut\n      moisFin\n      support\n      disponible\n      raison\n      mentionsSousTraitance\n      montantHT\n      montantTTC\n      avanceRecuperee\n      montantAPayer\n  }\n": types.FactureAEmettreLigneFragmentDoc,
    "\n  mutation EmettreFacture($input: EmettreFactureInput!) {\n    emettreFacture(input: $input) {\n      id\n      numero\n      periode\n      statut\n    }\n  }\n": types.EmettreFactureDocument,
    "\n  fragment CreTable on Cre {\n    moisAValider\n      periodeFacturation\n      tauxRealisationPointsDeBase\n      lignes {\n        prestation\n        libelle\n        unite\n        contractualise\n        prescrit\n        realise\n        facture\n        periodeCourante\n        disponibles\n      }\n  }\n": types.CreTableFragmentDoc,
    "\n  query Facturation($page: Int, $parPage: Int) {\n    listeActionsParStatut(statuts: [EC, CLOTUREE], page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n      id\n      numero\n      intitule\n      statut\n      organisme {\n        id\n        code\n      }\n      marche {\n        id\n        sousTraitants {\n          id\n          raisonSociale\n        }\n      }\n      cre {\n        __typename\n        ...CreTable\n      }\n      aFacturer {\n        __typename\n        ...FactureAEmettreLigne\n      }\n      sousTraitances {\n        __typename\n        ...SousTraitanceSaisie\n      }\n      }\n    }\n    suivies: facturesParStatut(statuts: [EMISE, SIGNEE_DEPOSEE, REJETEE], premiers: 100) {\n      nodes {\n        __typename\n        ...FactureSuivi\n        action {\n          id\n          organisme {\n            id\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    payees: facturesParStatut(statuts: [VALIDEE, PAYEE], premiers: 100) {\n      nodes {\n        __typename\n        ...FactureSuivi\n        action {\n          id\n          organisme {\n            id\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.FacturationDocument,
    "\n  query EditionDemandesPaiementOrganisme($etat: EtatDemandesPaiement!) {\n    editionDemandesPaiement(etat: $etat) {\n      nomFichier\n      typeMime\n      contenuBase64\n    }\n  }\n": types.EditionDemandesPaiementOrganismeDocument,
    "\n  fragment SousTraitanceSaisie on FactureSousTraitant {\n    id\n    sousTraitant\n    montantHT\n    dateSaisie\n    mention\n  }\n": types.SousTraitanceSaisieFragmentDoc,
    "\n  mutation EnregistrerFactureSousTraitant($input: FactureSousTraitantInput!) {\n    enregistrerFactureSousTraitant(input: $input) {\n      __typename\n      id\n      sousTraitant\n      montantHT\n      dateSaisie\n      mention\n    }\n  }\n": types.EnregistrerFactureSousTraitantDocument,
    "\n  fragment FactureSuivi on Facture {\n    id\n    numero\n    type\n    support\n    periode\n    statut\n    dateEmission\n    montantHT\n    montantTTC\n    montantAPayer\n    resteAPayer\n    motifRejet\n    dateDecision\n    nomFichierAttendu\n    verrouillee\n    fichierSigne {\n      nom\n      dateDepot\n    }\n    paiements {\n      id\n      datePaiement\n      montant\n      reference\n    }\n  }\n": types.FactureSuiviFragmentDoc,
    "\n  query FacturePdf($id: ID!) {\n    facture(id: $id) {\n      id\n      pdf {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n    }\n  }\n": types.FacturePdfDocument,
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
export function graphql(source: "\n  fragment FactureAEmettreLigne on FactureAEmettre {\n    type\n      periode\n      moisDebut\n      moisFin\n      support\n      disponible\n      raison\n      mentionsSousTraitance\n      montantHT\n      montantTTC\n      avanceRecuperee\n      montantAPayer\n  }\n"): (typeof documents)["\n  fragment FactureAEmettreLigne on FactureAEmettre {\n    type\n      periode\n      moisDebut\n      moisFin\n      support\n      disponible\n      raison\n      mentionsSousTraitance\n      montantHT\n      montantTTC\n      avanceRecuperee\n      montantAPayer\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmettreFacture($input: EmettreFactureInput!) {\n    emettreFacture(input: $input) {\n      id\n      numero\n      periode\n      statut\n    }\n  }\n"): (typeof documents)["\n  mutation EmettreFacture($input: EmettreFactureInput!) {\n    emettreFacture(input: $input) {\n      id\n      numero\n      periode\n      statut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreTable on Cre {\n    moisAValider\n      periodeFacturation\n      tauxRealisationPointsDeBase\n      lignes {\n        prestation\n        libelle\n        unite\n        contractualise\n        prescrit\n        realise\n        facture\n        periodeCourante\n        disponibles\n      }\n  }\n"): (typeof documents)["\n  fragment CreTable on Cre {\n    moisAValider\n      periodeFacturation\n      tauxRealisationPointsDeBase\n      lignes {\n        prestation\n        libelle\n        unite\n        contractualise\n        prescrit\n        realise\n        facture\n        periodeCourante\n        disponibles\n      }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Facturation($page: Int, $parPage: Int) {\n    listeActionsParStatut(statuts: [EC, CLOTUREE], page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n      id\n      numero\n      intitule\n      statut\n      organisme {\n        id\n        code\n      }\n      marche {\n        id\n        sousTraitants {\n          id\n          raisonSociale\n        }\n      }\n      cre {\n        __typename\n        ...CreTable\n      }\n      aFacturer {\n        __typename\n        ...FactureAEmettreLigne\n      }\n      sousTraitances {\n        __typename\n        ...SousTraitanceSaisie\n      }\n      }\n    }\n    suivies: facturesParStatut(statuts: [EMISE, SIGNEE_DEPOSEE, REJETEE], premiers: 100) {\n      nodes {\n        __typename\n        ...FactureSuivi\n        action {\n          id\n          organisme {\n            id\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    payees: facturesParStatut(statuts: [VALIDEE, PAYEE], premiers: 100) {\n      nodes {\n        __typename\n        ...FactureSuivi\n        action {\n          id\n          organisme {\n            id\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Facturation($page: Int, $parPage: Int) {\n    listeActionsParStatut(statuts: [EC, CLOTUREE], page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n      id\n      numero\n      intitule\n      statut\n      organisme {\n        id\n        code\n      }\n      marche {\n        id\n        sousTraitants {\n          id\n          raisonSociale\n        }\n      }\n      cre {\n        __typename\n        ...CreTable\n      }\n      aFacturer {\n        __typename\n        ...FactureAEmettreLigne\n      }\n      sousTraitances {\n        __typename\n        ...SousTraitanceSaisie\n      }\n      }\n    }\n    suivies: facturesParStatut(statuts: [EMISE, SIGNEE_DEPOSEE, REJETEE], premiers: 100) {\n      nodes {\n        __typename\n        ...FactureSuivi\n        action {\n          id\n          organisme {\n            id\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    payees: facturesParStatut(statuts: [VALIDEE, PAYEE], premiers: 100) {\n      nodes {\n        __typename\n        ...FactureSuivi\n        action {\n          id\n          organisme {\n            id\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditionDemandesPaiementOrganisme($etat: EtatDemandesPaiement!) {\n    editionDemandesPaiement(etat: $etat) {\n      nomFichier\n      typeMime\n      contenuBase64\n    }\n  }\n"): (typeof documents)["\n  query EditionDemandesPaiementOrganisme($etat: EtatDemandesPaiement!) {\n    editionDemandesPaiement(etat: $etat) {\n      nomFichier\n      typeMime\n      contenuBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SousTraitanceSaisie on FactureSousTraitant {\n    id\n    sousTraitant\n    montantHT\n    dateSaisie\n    mention\n  }\n"): (typeof documents)["\n  fragment SousTraitanceSaisie on FactureSousTraitant {\n    id\n    sousTraitant\n    montantHT\n    dateSaisie\n    mention\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnregistrerFactureSousTraitant($input: FactureSousTraitantInput!) {\n    enregistrerFactureSousTraitant(input: $input) {\n      __typename\n      id\n      sousTraitant\n      montantHT\n      dateSaisie\n      mention\n    }\n  }\n"): (typeof documents)["\n  mutation EnregistrerFactureSousTraitant($input: FactureSousTraitantInput!) {\n    enregistrerFactureSousTraitant(input: $input) {\n      __typename\n      id\n      sousTraitant\n      montantHT\n      dateSaisie\n      mention\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactureSuivi on Facture {\n    id\n    numero\n    type\n    support\n    periode\n    statut\n    dateEmission\n    montantHT\n    montantTTC\n    montantAPayer\n    resteAPayer\n    motifRejet\n    dateDecision\n    nomFichierAttendu\n    verrouillee\n    fichierSigne {\n      nom\n      dateDepot\n    }\n    paiements {\n      id\n      datePaiement\n      montant\n      reference\n    }\n  }\n"): (typeof documents)["\n  fragment FactureSuivi on Facture {\n    id\n    numero\n    type\n    support\n    periode\n    statut\n    dateEmission\n    montantHT\n    montantTTC\n    montantAPayer\n    resteAPayer\n    motifRejet\n    dateDecision\n    nomFichierAttendu\n    verrouillee\n    fichierSigne {\n      nom\n      dateDepot\n    }\n    paiements {\n      id\n      datePaiement\n      montant\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacturePdf($id: ID!) {\n    facture(id: $id) {\n      id\n      pdf {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacturePdf($id: ID!) {\n    facture(id: $id) {\n      id\n      pdf {\n        nomFichier\n        typeMime\n        contenuBase64\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;