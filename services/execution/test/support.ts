import { readFileSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "@sigma/kit/db/data-source";
import type { Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { MYSQL_URL } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import type { DataSource } from "typeorm";
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

/** An action of the offer as catalogue stores it (only what execution's tests need; the rest takes its defaults). */
export interface ActionFixture {
  id: number;
  numero: string;
  intitule: string;
  numeroContrat: string;
  anneeProgrammation: number;
  dateDebutPrevue: string;
  dateFinPrevue: string;
  organismeId: number;
  type: "COLLECTIVE" | "INDIVIDUALISEE";
  effectifTotal: number;
  effectifRemunere: number;
  lieu: string;
}

/**
 * A subgraph's own database in a running stack, opened by the test with no model of its own
 * (nothing migrated: the subgraph did it), to set up data the graph has no mutation for.
 */
export async function stackDatabase(stack: Stack, subgraph: "catalogue" | "execution"): Promise<DataSource> {
  return openDatabase(
    stack.database === "sqlite"
      ? { kind: "sqlite", file: path.join(stack.dataDir, `${subgraph}.sqlite`) }
      : { kind: "mysql", serverUrl: MYSQL_URL, database: `${stack.databasePrefix}${subgraph}` },
    { entities: [], migrations: [] },
  );
}

/**
 * Adds actions to catalogue's offer: the graph creates none (the offer comes from the
 * Région's procurement), and seed 001's worked example runs in 2006–2007, years no demo action
 * covers. Catalogue then serves them like any other (execution reads them through the gateway).
 */
export async function ajouterActions(stack: Stack, actions: ActionFixture[]): Promise<void> {
  const db = await stackDatabase(stack, "catalogue");
  try {
    for (const a of actions) {
      await db.query(
        "INSERT INTO action (id, numero, intitule, numero_contrat, annee_programmation, date_debut_prevue, date_fin_prevue, organisme_id, type, effectif_total, effectif_remunere, lieu) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [a.id, a.numero, a.intitule, a.numeroContrat, a.anneeProgrammation, a.dateDebutPrevue, a.dateFinPrevue, a.organismeId, a.type, a.effectifTotal, a.effectifRemunere, a.lieu],
      );
    }
  } finally {
    await db.destroy();
  }
}
