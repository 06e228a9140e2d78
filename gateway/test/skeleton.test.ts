import { startStack, type Stack } from "@sigma/stack/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { login } from "@sigma/stack/support/auth";
import { graphql } from "@sigma/stack/support/graphql";

const databases = await databasesUnderTest();

const ACTIONS_QUERY = /* GraphQL */ `
  query ActionsListe {
    actions {
      numero
      intitule
      dateDebutPrevue
      organisme { code raisonSociale }
      statut
      stagiaires { nom prenom }
      factures { periode montantHT montantTTC statut }
    }
  }
`;

interface ActionsData {
  actions: {
    numero: string;
    intitule: string;
    dateDebutPrevue: string;
    organisme: { code: string; raisonSociale: string };
    statut: string;
    stagiaires: { nom: string; prenom: string }[];
    factures: { periode: string; montantHT: string; montantTTC: string; statut: string }[];
  }[];
}

describe.each(databases)("walking skeleton on %s", (database) => {
  let stack: Stack;
  let region: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack({ database });
    region = await login(stack.gatewayUrl, "REGION");
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("answers one query across catalogue, execution and finance through the gateway", async () => {
    const { status, body } = await graphql<ActionsData>(stack.gatewayUrl, ACTIONS_QUERY, {}, region);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const test1 = body.data!.actions.find((a) => a.numero === "23P0000000_TEST_1")!;
    expect(test1).toMatchObject({
      intitule: "LOT TEST FORFAIT PARCOURS 2023",
      dateDebutPrevue: "2022-09-01",
      organisme: { code: "OR5159", raisonSociale: "ORGANISME TEST PRF 23" },
      statut: "EC",
    });
    expect(test1.stagiaires.map((s) => s.nom)).toEqual(["BORG", "FRANCO", "KOURNIKOVA", "NADAL"]);
    expect(test1.factures).toEqual([
      { periode: "Septembre 2022 - Novembre 2022", montantHT: "3175.00", montantTTC: "3175.00", statut: "EMISE" },
    ]);
    const hsta = body.data!.actions.find((a) => a.numero === "23C00390257_1")!;
    expect(hsta).toMatchObject({ statut: "AO", organisme: { code: "GR237" }, stagiaires: [], factures: [] });
  });

  it("resolves entity references in one SQL statement whatever their number", async () => {
    const entities = (ids: string[]) =>
      graphql(
        stack.subgraphUrls.execution!,
        /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action { statut stagiaires { nom } } } }`,
        { r: ids.map((id) => ({ __typename: "Action", id })) },
        region,
      );
    const one = await entities(["1"]);
    const many = await entities(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(one.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    // statut + stagiaires: one batched statement each, for 1 action as for 8.
    expect(one.body.extensions?.sqlStatements).toBe(2);
    expect(many.body.extensions?.sqlStatements).toBe(2);

    const catalogue = (ids: string[]) =>
      graphql(
        stack.subgraphUrls.catalogue!,
        /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action { numero organisme { code } } } }`,
        { r: ids.map((id) => ({ __typename: "Action", id })) },
        region,
      );
    expect((await catalogue(["1"])).body.extensions?.sqlStatements).toBe(2);
    expect((await catalogue(["1", "2"])).body.extensions?.sqlStatements).toBe(2);
  });

  it("serves health and readiness", async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", subgraphs: { catalogue: true, execution: true, finance: true } });
  });
});

describe.each(databases)("demo data on %s", (database) => {
  it("is loaded once: a second start does not duplicate it", async () => {
    const shared = { database, env: { DATABASE_PREFIX: `sigma_idem${Date.now().toString(36)}_`, KEEP_DATABASE: "1" } } as const;
    const { mkdtempSync, rmSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const dataDir = database === "sqlite" ? mkdtempSync(path.join(os.tmpdir(), "sigma-idem-")) : undefined;
    const count = async (stack: Stack) => {
      const { body } = await graphql<ActionsData>(stack.gatewayUrl, ACTIONS_QUERY, {}, await login(stack.gatewayUrl, "REGION"));
      const actions = body.data!.actions;
      return { actions: actions.length, stagiaires: actions.flatMap((a) => a.stagiaires).length, factures: actions.flatMap((a) => a.factures).length };
    };
    const first = await startStack({ ...shared, dataDir });
    const before = await count(first);
    await first.stop();
    const second = await startStack({ ...shared, dataDir, env: { ...shared.env, KEEP_DATABASE: "" } });
    const after = await count(second);
    await second.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    expect(before).toEqual({ actions: 2, stagiaires: 4, factures: 1 });
    expect(after).toEqual(before);
  });
});
