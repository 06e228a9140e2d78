import { readFileSync } from "node:fs";
import path from "node:path";
import type { Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { graphql } from "@sigma/stack/support/graphql";
import { expect } from "vitest";

export type Headers = Record<string, string>;

/** Runs an operation through the gateway and returns its data; any error fails the test with its message. */
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

/** Logs a subgraph's service account in (its secret is in the stack's generated keys). */
export async function serviceLogin(stack: Stack, identifiant = "svc-catalogue"): Promise<Headers> {
  const keys = JSON.parse(readFileSync(path.join(stack.dataDir, "keys.json"), "utf8")) as { serviceSecret: string };
  return login(stack.gatewayUrl, identifiant, keys.serviceSecret);
}

export const sessions = async (stack: Stack) => ({
  or5159: await login(stack.gatewayUrl, "OR5159"),
  gr237: await login(stack.gatewayUrl, "GR237"),
  region: await login(stack.gatewayUrl, "REGION"),
  carif: await login(stack.gatewayUrl, "CARIF"),
});

/** A complete identity tab (every * field), to be overridden per test. */
export function fiche(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    civilite: "M", nom: "DUPONT", prenom: "MICHEL", dateNaissance: "1985-03-12", sexe: "MASCULIN", adresse: "1 PLACE DU CAPITOLE",
    codePostal: "31000", ville: "TOULOUSE", dateEntree: "2023-01-02", organismeRemuneration: "REGION", niveauEntree: "NIVEAU_IV",
    trancheAge: "DE_26_A_44", dureeChomage: "DE_12_A_23_MOIS", prescripteur: "ANPE", beneficiaireRmi: false,
    ...overrides,
  };
}

export const INSCRIRE = /* GraphQL */ `
  mutation Inscrire($actionId: ID!, $input: StagiaireInput!, $partiel: Boolean) {
    inscrireStagiaire(actionId: $actionId, input: $input, partiel: $partiel) { id nom prenom complet champsManquants dateEntree }
  }
`;

export const OUVRIR = /* GraphQL */ `
  mutation Ouvrir($input: OuvertureInput!) {
    ouvrirAction(input: $input) { id numero statut dateDebutReelle frequencePaiement ouverteLe }
  }
`;
