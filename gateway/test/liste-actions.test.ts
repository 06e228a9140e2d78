import path from "node:path";
import { catalogue } from "@sigma/catalogue/subgraph";
import { execution } from "@sigma/execution/subgraph";
import { openDatabase } from "@sigma/kit/db/data-source";
import type { DatabaseConfig } from "@sigma/kit/db/database-config";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest, MYSQL_URL } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Issue 10: the screens' action tables ask the server for one page at a time (listeActions,
 * listeActionsParStatut), sorted there, with the filter's total; scoped like `actions`.
 */
const databases = await databasesUnderTest();

const OF_A = 1; // OR5159, demo action 23P0000000_TEST_1 (EC)
const OF_B = 2; // GR237, demo action 23C00390257_1 (AO)
const DEMO_A = { id: "1", numero: "23P0000000_TEST_1", annee: 2023, fin: "2024-06-30", intitule: "LOT TEST FORFAIT PARCOURS 2023" };
const pad = (n: number) => String(n).padStart(4, "0");

interface Ligne {
  id: number;
  organisme: number;
  numero: string;
  intitule: string;
  annee: number;
  fin: string;
  statut: "EC" | "CLOTUREE" | null;
}

/** 150 more actions for OF A, 50 for OF B: years, ends and titles that do not follow the numbers, and some ties. */
const BULK: Ligne[] = Array.from({ length: 200 }, (_, i) => ({
  id: 2000 + i,
  organisme: i < 150 ? OF_A : OF_B,
  numero: `25LST${pad(i)}`,
  intitule: `ACTION LISTE ${pad((i * 37) % 200)}`,
  annee: 2020 + (i % 5),
  fin: `2025-${String(1 + (i % 12)).padStart(2, "0")}-15`,
  statut: i % 3 === 0 ? "EC" : i % 3 === 1 ? "CLOTUREE" : null,
}));

const LISTE = /* GraphQL */ `query ($f: FiltreActions, $t: TriActions, $p: Int, $n: Int) {
  listeActions(filtre: $f, tri: $t, page: $p, parPage: $n) { total page parPage nodes { id numero } } }`;
const PAR_STATUT = /* GraphQL */ `query ($s: [StatutAction!]!, $p: Int, $n: Int) {
  listeActionsParStatut(statuts: $s, page: $p, parPage: $n) { total page parPage nodes { id numero statut } } }`;

function databaseOf(stack: Stack, name: "catalogue" | "execution"): Promise<DataSource> {
  const config: DatabaseConfig =
    stack.database === "sqlite"
      ? { kind: "sqlite", file: path.join(stack.dataDir, `${name}.sqlite`) }
      : { kind: "mysql", serverUrl: MYSQL_URL, database: `${stack.databasePrefix}${name}` };
  return openDatabase(config, name === "catalogue" ? catalogue.model : execution.model);
}

describe.each(databases)("paginated, sorted action lists on %s", (database) => {
  let stack: Stack;
  const h = {} as Record<"ofA" | "ofB" | "region" | "carif", Record<string, string>>;
  const run = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => (await graphql<any>(stack.gatewayUrl, query, variables, headers)).body;
  const ok = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const body = await run(query, variables, headers);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };
  const refused = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const body = await run(query, variables, headers);
    expect(body.errors, "une erreur était attendue").toBeDefined();
    expect(body.data?.listeActions ?? body.data?.listeActionsParStatut ?? null).toBeNull();
    return { code: body.errors[0].extensions?.code, message: body.errors[0].message };
  };
  /** Every page of a list, asked one by one until the total is reached. */
  const allPages = async (variables: Record<string, unknown>, headers: Record<string, string>, parPage: number) => {
    const pages: { total: number; numeros: string[] }[] = [];
    for (let p = 1; p <= 50; p += 1) {
      const { listeActions } = await ok(LISTE, { ...variables, p, n: parPage }, headers);
      expect(listeActions.page).toBe(p);
      expect(listeActions.parPage).toBe(parPage);
      pages.push({ total: listeActions.total, numeros: listeActions.nodes.map((a: { numero: string }) => a.numero) });
      if (listeActions.nodes.length < parPage) break;
    }
    return pages;
  };
  const screen = /* GraphQL */ `query ($n: Int) { listeActions(parPage: $n, tri: { cle: NUMERO, sens: ASC }) { total nodes {
    id numero intitule organisme { code raisonSociale } statut dateDebutReelle stagiaires { nom } factures { numero montantTTC statut } } } }`;
  const screenParStatut = /* GraphQL */ `query ($n: Int) { listeActionsParStatut(statuts: [EC, CLOTUREE], parPage: $n) { total nodes {
    id numero intitule statut declarations { mois etat } stagiaires { nom } factures { numero montantTTC } } } }`;
  const statements = async (query: string, n: number) => {
    const body = await run(query, { n }, h.region);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const list = body.data.listeActions ?? body.data.listeActionsParStatut;
    return { rows: list.nodes.length as number, sql: body.extensions?.sqlStatements as number };
  };
  let before: { liste: { rows: number; sql: number }; parStatut: { rows: number; sql: number } };

  beforeAll(async () => {
    stack = await startStack({ database });
    for (const [k, id] of [["ofA", "OR5159"], ["ofB", "GR237"], ["region", "REGION"], ["carif", "CARIF"]] as const) h[k] = await login(stack.gatewayUrl, id);
    before = { liste: await statements(screen, 100), parStatut: await statements(screenParStatut, 100) };
    const cat = await databaseOf(stack, "catalogue");
    const exe = await databaseOf(stack, "execution");
    try {
      await cat.query(
        `INSERT INTO action (id, numero, intitule, numero_contrat, annee_programmation, date_debut_prevue, date_fin_prevue, organisme_id) VALUES ${BULK.map(
          (a) => `(${a.id}, '${a.numero}', '${a.intitule}', '25LST', ${a.annee}, '2025-01-01', '${a.fin}', ${a.organisme})`,
        ).join(", ")}`,
      );
      const suivis = BULK.filter((a) => a.statut);
      await exe.query(`INSERT INTO action_suivi (action_id, organisme_id, statut) VALUES ${suivis.map((a) => `(${a.id}, ${a.organisme}, '${a.statut}')`).join(", ")}`);
    } finally {
      await cat.destroy();
      await exe.destroy();
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("pages an organisme's actions: exact boundaries, the total on every page, never another's action", async () => {
    const own = [DEMO_A.numero, ...BULK.filter((a) => a.organisme === OF_A).map((a) => a.numero)].sort();
    const pages = await allPages({ t: { cle: "NUMERO", sens: "ASC" } }, h.ofA, 25);
    expect(pages.map((p) => p.numeros.length)).toEqual([25, 25, 25, 25, 25, 25, 1]);
    expect(pages.every((p) => p.total === 151)).toBe(true);
    expect(pages.flatMap((p) => p.numeros)).toEqual(own);

    const others = await allPages({ t: { cle: "INTITULE", sens: "DESC" } }, h.ofB, 20);
    const theirs = others.flatMap((p) => p.numeros);
    expect(theirs).toHaveLength(51);
    expect(theirs.filter((n) => own.includes(n))).toEqual([]);
    // Asking for A's organisme does not widen B's scope; a page past the end is empty, not an error.
    const widened = await ok(LISTE, { f: { organismeId: String(OF_A) }, n: 100 }, h.ofB);
    expect(widened.listeActions).toEqual({ total: 0, page: 1, parPage: 100, nodes: [] });
    const past = await ok(LISTE, { p: 4, n: 20 }, h.ofB);
    expect(past.listeActions).toEqual({ total: 51, page: 4, parPage: 20, nodes: [] });
  });

  it("sorts on the server by the asked column, ties broken by numéro in the same direction, for the Région and CARIF", async () => {
    const all = [
      { numero: DEMO_A.numero, intitule: DEMO_A.intitule, annee: DEMO_A.annee, fin: DEMO_A.fin },
      { numero: "23C00390257_1", intitule: "", annee: 2023, fin: "" },
      ...BULK,
    ];
    const region = await allPages({ t: { cle: "ANNEE", sens: "DESC" } }, h.region, 30);
    expect(region.map((p) => p.numeros.length)).toEqual([30, 30, 30, 30, 30, 30, 22]);
    const byYear = region.flatMap((p) => p.numeros);
    const annee = new Map(all.map((a) => [a.numero, a.annee]));
    const expected = [...byYear].sort((x, y) => annee.get(y)! - annee.get(x)! || (x < y ? 1 : -1));
    expect(byYear).toEqual(expected);
    expect(new Set(byYear).size).toBe(202);

    // Asked twice, the same page is the same rows (stable order over ties).
    const again = await ok(LISTE, { t: { cle: "ANNEE", sens: "DESC" }, p: 3, n: 30 }, h.carif);
    expect(again.listeActions.nodes.map((a: { numero: string }) => a.numero)).toEqual(region[2]!.numeros);

    const ofA = BULK.filter((a) => a.organisme === OF_A);
    const byEnd = (await allPages({ t: { cle: "DATE_FIN_PREVUE", sens: "ASC" }, f: { texte: "liste" } }, h.ofA, 40)).flatMap((p) => p.numeros);
    expect(byEnd).toEqual([...ofA].sort((x, y) => (x.fin < y.fin ? -1 : x.fin > y.fin ? 1 : x.numero < y.numero ? -1 : 1)).map((a) => a.numero));
    const byTitle = (await ok(LISTE, { t: { cle: "INTITULE", sens: "ASC" }, n: 5 }, h.ofA)).listeActions.nodes.map((a: { numero: string }) => a.numero);
    expect(byTitle).toEqual([...ofA].sort((x, y) => (x.intitule < y.intitule ? -1 : 1)).slice(0, 5).map((a) => a.numero));
  });

  it("pages the actions of some execution statuts, scoped, each of the asked statut", async () => {
    const ec = await ok(PAR_STATUT, { s: ["EC"], n: 100 }, h.ofA);
    const expected = [DEMO_A.numero, ...BULK.filter((a) => a.organisme === OF_A && a.statut === "EC").map((a) => a.numero)];
    expect(ec.listeActionsParStatut.total).toBe(expected.length);
    expect(ec.listeActionsParStatut.nodes.map((a: { numero: string }) => a.numero)).toEqual(expected);
    expect(ec.listeActionsParStatut.nodes.every((a: { statut: string }) => a.statut === "EC")).toBe(true);

    const b = BULK.filter((a) => a.organisme === OF_B && a.statut).map((a) => a.numero);
    const first = await ok(PAR_STATUT, { s: ["EC", "CLOTUREE"], p: 1, n: 20 }, h.ofB);
    const second = await ok(PAR_STATUT, { s: ["EC", "CLOTUREE"], p: 2, n: 20 }, h.ofB);
    expect([first.listeActionsParStatut.total, second.listeActionsParStatut.total]).toEqual([b.length, b.length]);
    expect([...first.listeActionsParStatut.nodes, ...second.listeActionsParStatut.nodes].map((a: { numero: string }) => a.numero)).toEqual(b);

    const region = await ok(PAR_STATUT, { s: ["CLOTUREE"], n: 1 }, h.region);
    expect(region.listeActionsParStatut.total).toBe(BULK.filter((a) => a.statut === "CLOTUREE").length);
  });

  it("refuses a bad page, page size or statut with a code and a French message", async () => {
    expect(await refused(LISTE, { n: 0 }, h.ofA)).toEqual({ code: "BAD_USER_INPUT", message: "Le nombre d'éléments par page doit être compris entre 1 et 100." });
    expect(await refused(LISTE, { n: 101 }, h.region)).toEqual({ code: "BAD_USER_INPUT", message: "Le nombre d'éléments par page doit être compris entre 1 et 100." });
    expect(await refused(LISTE, { p: 0 }, h.region)).toEqual({ code: "BAD_USER_INPUT", message: "Le numéro de page doit être compris entre 1 et 100000." });
    expect(await refused(PAR_STATUT, { s: ["EC"], n: 500 }, h.ofA)).toEqual({ code: "BAD_USER_INPUT", message: "Le nombre d'éléments par page doit être compris entre 1 et 100." });
    expect(await refused(PAR_STATUT, { s: [] }, h.ofA)).toEqual({ code: "BAD_USER_INPUT", message: "Indiquez au moins un statut d'action." });
    expect(await refused(PAR_STATUT, { s: ["AO", "EC"] }, h.ofA)).toEqual({
      code: "BAD_USER_INPUT",
      message: "Les actions en attente d'ouverture ne se listent pas par statut : utilisez la liste des actions.",
    });
  });

  it("runs the same number of SQL statements for a page of 2 and of 100 actions (three subgraphs)", async () => {
    const after = { liste: await statements(screen, 100), parStatut: await statements(screenParStatut, 100) };
    expect([before.liste.rows, after.liste.rows]).toEqual([2, 100]);
    expect(before.parStatut.rows).toBe(1);
    expect(after.parStatut.rows).toBe(100);
    expect(after.liste.sql).toBeGreaterThan(3);
    expect(after.liste.sql).toBe(before.liste.sql);
    expect(after.parStatut.sql).toBe(before.parStatut.sql);
  });
});
