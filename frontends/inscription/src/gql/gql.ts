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
    "\n  fragment StagiaireFiche on Stagiaire {\n    __typename\n    id\n    civilite\n    nom\n    prenom\n    dateNaissance\n    sexe\n    nationalite\n    categorieSocioProfessionnelle\n    adresse\n    autreAdresse\n    codePostal\n    ville\n    adresseFormation\n    autreAdresseFormation\n    codePostalFormation\n    villeFormation\n    codeInsee\n    dateEntree\n    organismeRemuneration\n    niveauEntree\n    trancheAge\n    dureeChomage\n    prescripteur\n    beneficiaireRmi\n    travailleurHandicape\n    complet\n    champsManquants\n    modifiableDirectement\n    dateSortie\n    finFormation\n    libelleMotifSortie\n    parcours {\n      parcoursEnvisage\n      heuresCentre\n      heuresEntreprise\n      nombrePeriodesEntreprise\n      modulesEnseignementGeneral\n      modulesEnseignementProfessionnel\n      objectifsPeriodesEntreprise\n      objectifsFormation\n      vaeEnvisagee\n      dateDebut\n      dateFin\n      periodes {\n        lieu\n        dateDebut\n        dateFin\n      }\n    }\n  }\n": typeof types.StagiaireFicheFragmentDoc,
    "\n  query FicheStagiaire($actionId: ID!, $stagiaireId: ID!, $avecStagiaire: Boolean!) {\n    actionParId(id: $actionId) {\n      id\n      numero\n      intitule\n      type\n      statut\n      dateFinPrevue\n      dateDebutReelle\n    }\n    stagiaire(id: $stagiaireId) @include(if: $avecStagiaire) {\n      ...StagiaireFiche\n    }\n  }\n": typeof types.FicheStagiaireDocument,
    "\n  mutation InscrireStagiaire($actionId: ID!, $input: StagiaireInput!, $partiel: Boolean!) {\n    inscrireStagiaire(actionId: $actionId, input: $input, partiel: $partiel) {\n      id\n      complet\n    }\n  }\n": typeof types.InscrireStagiaireDocument,
    "\n  mutation ModifierStagiaire($id: ID!, $input: StagiaireInput!, $partiel: Boolean!) {\n    modifierStagiaire(id: $id, input: $input, partiel: $partiel) {\n      id\n      complet\n    }\n  }\n": typeof types.ModifierStagiaireDocument,
    "\n  mutation DemanderModificationStagiaire($stagiaireId: ID!, $input: StagiaireInput!, $motivation: String!) {\n    demanderModificationStagiaire(stagiaireId: $stagiaireId, input: $input, motivation: $motivation) {\n      id\n      etat\n    }\n  }\n": typeof types.DemanderModificationStagiaireDocument,
    "\n  query ActionImport($id: ID!) {\n    actionParId(id: $id) {\n      id\n      numero\n      intitule\n    }\n  }\n": typeof types.ActionImportDocument,
    "\n  mutation ImporterStagiaires($actionId: ID!, $csv: String!, $partiel: Boolean!) {\n    importerStagiaires(actionId: $actionId, csv: $csv, partiel: $partiel) {\n      ...RapportImportStagiaires\n    }\n  }\n": typeof types.ImporterStagiairesDocument,
    "\n  fragment RapportImportStagiaires on RapportImport {\n    __typename\n    importe\n    lignesAcceptees\n    lignesRefusees {\n      ligne\n      motif\n    }\n  }\n": typeof types.RapportImportStagiairesFragmentDoc,
    "\n  query InscriptionStagiaires($page: Int, $parPage: Int) {\n    listeActions(page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        numero\n        intitule\n        statut\n        effectifTotal\n        stagiaires {\n          ...LigneStagiaire\n        }\n      }\n    }\n  }\n": typeof types.InscriptionStagiairesDocument,
    "\n  fragment LigneStagiaire on Stagiaire {\n    __typename\n    id\n    nom\n    prenom\n    dateEntree\n    dateSortie\n    complet\n    champsManquants\n  }\n": typeof types.LigneStagiaireFragmentDoc,
    "\n  mutation SupprimerStagiaire($id: ID!) {\n    supprimerStagiaire(id: $id)\n  }\n": typeof types.SupprimerStagiaireDocument,
    "\n  mutation DeclarerSortie($input: SortieInput!) {\n    declarerSortie(input: $input) {\n      id\n      dateSortie\n      finFormation\n      motifSortie\n      libelleMotifSortie\n    }\n  }\n": typeof types.DeclarerSortieDocument,
};
const documents: Documents = {
    "\n  fragment StagiaireFiche on Stagiaire {\n    __typename\n    id\n    civilite\n    nom\n    prenom\n    dateNaissance\n    sexe\n    nationalite\n    categorieSocioProfessionnelle\n    adresse\n    autreAdresse\n    codePostal\n    ville\n    adresseFormation\n    autreAdresseFormation\n    codePostalFormation\n    villeFormation\n    codeInsee\n    dateEntree\n    organismeRemuneration\n    niveauEntree\n    trancheAge\n    dureeChomage\n    prescripteur\n    beneficiaireRmi\n    travailleurHandicape\n    complet\n    champsManquants\n    modifiableDirectement\n    dateSortie\n    finFormation\n    libelleMotifSortie\n    parcours {\n      parcoursEnvisage\n      heuresCentre\n      heuresEntreprise\n      nombrePeriodesEntreprise\n      modulesEnseignementGeneral\n      modulesEnseignementProfessionnel\n      objectifsPeriodesEntreprise\n      objectifsFormation\n      vaeEnvisagee\n      dateDebut\n      dateFin\n      periodes {\n        lieu\n        dateDebut\n        dateFin\n      }\n    }\n  }\n": types.StagiaireFicheFragmentDoc,
    "\n  query FicheStagiaire($actionId: ID!, $stagiaireId: ID!, $avecStagiaire: Boolean!) {\n    actionParId(id: $actionId) {\n      id\n      numero\n      intitule\n      type\n      statut\n      dateFinPrevue\n      dateDebutReelle\n    }\n    stagiaire(id: $stagiaireId) @include(if: $avecStagiaire) {\n      ...StagiaireFiche\n    }\n  }\n": types.FicheStagiaireDocument,
    "\n  mutation InscrireStagiaire($actionId: ID!, $input: StagiaireInput!, $partiel: Boolean!) {\n    inscrireStagiaire(actionId: $actionId, input: $input, partiel: $partiel) {\n      id\n      complet\n    }\n  }\n": types.InscrireStagiaireDocument,
    "\n  mutation ModifierStagiaire($id: ID!, $input: StagiaireInput!, $partiel: Boolean!) {\n    modifierStagiaire(id: $id, input: $input, partiel: $partiel) {\n      id\n      complet\n    }\n  }\n": types.ModifierStagiaireDocument,
    "\n  mutation DemanderModificationStagiaire($stagiaireId: ID!, $input: StagiaireInput!, $motivation: String!) {\n    demanderModificationStagiaire(stagiaireId: $stagiaireId, input: $input, motivation: $motivation) {\n      id\n      etat\n    }\n  }\n": types.DemanderModificationStagiaireDocument,
    "\n  query ActionImport($id: ID!) {\n    actionParId(id: $id) {\n      id\n      numero\n      intitule\n    }\n  }\n": types.ActionImportDocument,
    "\n  mutation ImporterStagiaires($actionId: ID!, $csv: String!, $partiel: Boolean!) {\n    importerStagiaires(actionId: $actionId, csv: $csv, partiel: $partiel) {\n      ...RapportImportStagiaires\n    }\n  }\n": types.ImporterStagiairesDocument,
    "\n  fragment RapportImportStagiaires on RapportImport {\n    __typename\n    importe\n    lignesAcceptees\n    lignesRefusees {\n      ligne\n      motif\n    }\n  }\n": types.RapportImportStagiairesFragmentDoc,
    "\n  query InscriptionStagiaires($page: Int, $parPage: Int) {\n    listeActions(page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        numero\n        intitule\n        statut\n        effectifTotal\n        stagiaires {\n          ...LigneStagiaire\n        }\n      }\n    }\n  }\n": types.InscriptionStagiairesDocument,
    "\n  fragment LigneStagiaire on Stagiaire {\n    __typename\n    id\n    nom\n    prenom\n    dateEntree\n    dateSortie\n    complet\n    champsManquants\n  }\n": types.LigneStagiaireFragmentDoc,
    "\n  mutation SupprimerStagiaire($id: ID!) {\n    supprimerStagiaire(id: $id)\n  }\n": types.SupprimerStagiaireDocument,
    "\n  mutation DeclarerSortie($input: SortieInput!) {\n    declarerSortie(input: $input) {\n      id\n      dateSortie\n      finFormation\n      motifSortie\n      libelleMotifSortie\n    }\n  }\n": types.DeclarerSortieDocument,
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
export function graphql(source: "\n  fragment StagiaireFiche on Stagiaire {\n    __typename\n    id\n    civilite\n    nom\n    prenom\n    dateNaissance\n    sexe\n    nationalite\n    categorieSocioProfessionnelle\n    adresse\n    autreAdresse\n    codePostal\n    ville\n    adresseFormation\n    autreAdresseFormation\n    codePostalFormation\n    villeFormation\n    codeInsee\n    dateEntree\n    organismeRemuneration\n    niveauEntree\n    trancheAge\n    dureeChomage\n    prescripteur\n    beneficiaireRmi\n    travailleurHandicape\n    complet\n    champsManquants\n    modifiableDirectement\n    dateSortie\n    finFormation\n    libelleMotifSortie\n    parcours {\n      parcoursEnvisage\n      heuresCentre\n      heuresEntreprise\n      nombrePeriodesEntreprise\n      modulesEnseignementGeneral\n      modulesEnseignementProfessionnel\n      objectifsPeriodesEntreprise\n      objectifsFormation\n      vaeEnvisagee\n      dateDebut\n      dateFin\n      periodes {\n        lieu\n        dateDebut\n        dateFin\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StagiaireFiche on Stagiaire {\n    __typename\n    id\n    civilite\n    nom\n    prenom\n    dateNaissance\n    sexe\n    nationalite\n    categorieSocioProfessionnelle\n    adresse\n    autreAdresse\n    codePostal\n    ville\n    adresseFormation\n    autreAdresseFormation\n    codePostalFormation\n    villeFormation\n    codeInsee\n    dateEntree\n    organismeRemuneration\n    niveauEntree\n    trancheAge\n    dureeChomage\n    prescripteur\n    beneficiaireRmi\n    travailleurHandicape\n    complet\n    champsManquants\n    modifiableDirectement\n    dateSortie\n    finFormation\n    libelleMotifSortie\n    parcours {\n      parcoursEnvisage\n      heuresCentre\n      heuresEntreprise\n      nombrePeriodesEntreprise\n      modulesEnseignementGeneral\n      modulesEnseignementProfessionnel\n      objectifsPeriodesEntreprise\n      objectifsFormation\n      vaeEnvisagee\n      dateDebut\n      dateFin\n      periodes {\n        lieu\n        dateDebut\n        dateFin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FicheStagiaire($actionId: ID!, $stagiaireId: ID!, $avecStagiaire: Boolean!) {\n    actionParId(id: $actionId) {\n      id\n      numero\n      intitule\n      type\n      statut\n      dateFinPrevue\n      dateDebutReelle\n    }\n    stagiaire(id: $stagiaireId) @include(if: $avecStagiaire) {\n      ...StagiaireFiche\n    }\n  }\n"): (typeof documents)["\n  query FicheStagiaire($actionId: ID!, $stagiaireId: ID!, $avecStagiaire: Boolean!) {\n    actionParId(id: $actionId) {\n      id\n      numero\n      intitule\n      type\n      statut\n      dateFinPrevue\n      dateDebutReelle\n    }\n    stagiaire(id: $stagiaireId) @include(if: $avecStagiaire) {\n      ...StagiaireFiche\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InscrireStagiaire($actionId: ID!, $input: StagiaireInput!, $partiel: Boolean!) {\n    inscrireStagiaire(actionId: $actionId, input: $input, partiel: $partiel) {\n      id\n      complet\n    }\n  }\n"): (typeof documents)["\n  mutation InscrireStagiaire($actionId: ID!, $input: StagiaireInput!, $partiel: Boolean!) {\n    inscrireStagiaire(actionId: $actionId, input: $input, partiel: $partiel) {\n      id\n      complet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModifierStagiaire($id: ID!, $input: StagiaireInput!, $partiel: Boolean!) {\n    modifierStagiaire(id: $id, input: $input, partiel: $partiel) {\n      id\n      complet\n    }\n  }\n"): (typeof documents)["\n  mutation ModifierStagiaire($id: ID!, $input: StagiaireInput!, $partiel: Boolean!) {\n    modifierStagiaire(id: $id, input: $input, partiel: $partiel) {\n      id\n      complet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemanderModificationStagiaire($stagiaireId: ID!, $input: StagiaireInput!, $motivation: String!) {\n    demanderModificationStagiaire(stagiaireId: $stagiaireId, input: $input, motivation: $motivation) {\n      id\n      etat\n    }\n  }\n"): (typeof documents)["\n  mutation DemanderModificationStagiaire($stagiaireId: ID!, $input: StagiaireInput!, $motivation: String!) {\n    demanderModificationStagiaire(stagiaireId: $stagiaireId, input: $input, motivation: $motivation) {\n      id\n      etat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionImport($id: ID!) {\n    actionParId(id: $id) {\n      id\n      numero\n      intitule\n    }\n  }\n"): (typeof documents)["\n  query ActionImport($id: ID!) {\n    actionParId(id: $id) {\n      id\n      numero\n      intitule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImporterStagiaires($actionId: ID!, $csv: String!, $partiel: Boolean!) {\n    importerStagiaires(actionId: $actionId, csv: $csv, partiel: $partiel) {\n      ...RapportImportStagiaires\n    }\n  }\n"): (typeof documents)["\n  mutation ImporterStagiaires($actionId: ID!, $csv: String!, $partiel: Boolean!) {\n    importerStagiaires(actionId: $actionId, csv: $csv, partiel: $partiel) {\n      ...RapportImportStagiaires\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RapportImportStagiaires on RapportImport {\n    __typename\n    importe\n    lignesAcceptees\n    lignesRefusees {\n      ligne\n      motif\n    }\n  }\n"): (typeof documents)["\n  fragment RapportImportStagiaires on RapportImport {\n    __typename\n    importe\n    lignesAcceptees\n    lignesRefusees {\n      ligne\n      motif\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InscriptionStagiaires($page: Int, $parPage: Int) {\n    listeActions(page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        numero\n        intitule\n        statut\n        effectifTotal\n        stagiaires {\n          ...LigneStagiaire\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InscriptionStagiaires($page: Int, $parPage: Int) {\n    listeActions(page: $page, parPage: $parPage) {\n      total\n      page\n      parPage\n      nodes {\n        id\n        numero\n        intitule\n        statut\n        effectifTotal\n        stagiaires {\n          ...LigneStagiaire\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LigneStagiaire on Stagiaire {\n    __typename\n    id\n    nom\n    prenom\n    dateEntree\n    dateSortie\n    complet\n    champsManquants\n  }\n"): (typeof documents)["\n  fragment LigneStagiaire on Stagiaire {\n    __typename\n    id\n    nom\n    prenom\n    dateEntree\n    dateSortie\n    complet\n    champsManquants\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupprimerStagiaire($id: ID!) {\n    supprimerStagiaire(id: $id)\n  }\n"): (typeof documents)["\n  mutation SupprimerStagiaire($id: ID!) {\n    supprimerStagiaire(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclarerSortie($input: SortieInput!) {\n    declarerSortie(input: $input) {\n      id\n      dateSortie\n      finFormation\n      motifSortie\n      libelleMotifSortie\n    }\n  }\n"): (typeof documents)["\n  mutation DeclarerSortie($input: SortieInput!) {\n    declarerSortie(input: $input) {\n      id\n      dateSortie\n      finFormation\n      motifSortie\n      libelleMotifSortie\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;