import { graphql, type GraphQLResponse } from "@sigma/stack/support/graphql";
import type { Stack } from "@sigma/stack/stack";
import { expect } from "vitest";

export type Headers = Record<string, string>;

/** Runs an operation through the gateway; any error fails the test with its message. */
export async function ok<T = Record<string, any>>(stack: Stack, headers: Headers, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await graphql<T>(stack.gatewayUrl, query, variables, headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** Runs an operation expected to be refused: its first error's code and message. */
export async function refused(stack: Stack, headers: Headers, query: string, variables: Record<string, unknown> = {}): Promise<[string, string]> {
  const { body } = await graphql(stack.gatewayUrl, query, variables, headers);
  expect(body.errors, "the operation should have been refused").toBeDefined();
  const error = body.errors![0]!;
  return [String(error.extensions?.code), error.message];
}

export const refus = (body: GraphQLResponse) => ({ code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message });

/** A complete identity tab (every * field), as execution requires it to inscribe a trainee. */
export function fiche(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    civilite: "M", nom: "DUPONT", prenom: "MICHEL", dateNaissance: "1985-03-12", sexe: "MASCULIN", adresse: "1 PLACE DU CAPITOLE",
    codePostal: "31000", ville: "TOULOUSE", dateEntree: "2023-01-02", organismeRemuneration: "REGION", niveauEntree: "NIVEAU_IV",
    trancheAge: "DE_26_A_44", dureeChomage: "DE_12_A_23_MOIS", prescripteur: "ANPE", beneficiaireRmi: false,
    ...overrides,
  };
}

/** Waits until `probe` returns something (the advance is emitted by a background poll). */
export async function attendre<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 15_000): Promise<T> {
  const limite = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > limite) throw new Error("délai dépassé");
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const INSCRIRE = /* GraphQL */ `mutation ($a: ID!, $i: StagiaireInput!) { inscrireStagiaire(actionId: $a, input: $i) { id nom } }`;
export const OUVRIR = /* GraphQL */ `mutation ($i: OuvertureInput!) { ouvrirAction(input: $i) { statut dateDebutReelle frequencePaiement } }`;
export const SAISIR = /* GraphQL */ `mutation ($i: SaisieHeuresInput!) { saisirHeures(input: $i) { mois } }`;
export const CONFIRMER = /* GraphQL */ `mutation ($a: ID!, $m: String!) { confirmerDeclaration(actionId: $a, mois: $m) { etat } }`;
export const SORTIE = /* GraphQL */ `mutation ($i: SortieInput!) { declarerSortie(input: $i) { dateSortie } }`;
export const ENQUETE = /* GraphQL */ `mutation ($i: EnqueteInput!) { saisirEnquete(input: $i) { moment } }`;
export const CLOTURER = /* GraphQL */ `mutation ($a: ID!, $d: Date!) { cloturerAction(actionId: $a, dateFinReelle: $d) { action { statut dateFinReelle } } }`;
export const EMETTRE = /* GraphQL */ `mutation ($i: EmettreFactureInput!) { emettreFacture(input: $i) { id numero type rang periode statut montantHT montantTVA montantTTC avanceRecuperee montantAPayer nomFichierAttendu } }`;

/** Hours of one trainee for one month, with the absence periods that make up the « non réalisées justifiées ». */
export function saisie(stagiaireId: string, mois: string, centre: number, justifieesCentre: number, entreprise: number) {
  return {
    i: {
      stagiaireId, mois,
      heuresRealiseesCentre: String(centre), heuresNonRealiseesJustifieesCentre: String(justifieesCentre), heuresNonRealiseesNonJustifieesCentre: "0",
      heuresRealiseesEntreprise: String(entreprise), heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0",
      absences: justifieesCentre ? [{ dateDebut: `${mois}-16`, dateFin: `${mois}-16`, motif: "Maladie", lieu: "CENTRE", justifiee: true, heures: String(justifieesCentre) }] : [],
    },
  };
}
