import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import { startStack, type Stack } from "@sigma/stack/stack";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertBulkOffer } from "./support/bulk.js";
import { stackDatabase } from "./support/database.js";
import { ok, type Headers } from "./support/graph.js";
import { validateLheo } from "./support/lheo.js";

/**
 * The LHEO export at volume (issue 10): `fluxLheo` reads a page of the feed in the same number of
 * SQL statements whatever its size, and `/feeds/lheo.xml` strings its pages (here of 64
 * sessions, LHEO_PAGE_SIZE) into one document that validates, every session once, in feed order.
 */
const databases = await databasesUnderTest();

const LHEO = /* GraphQL */ `query ($p: Int, $a: String, $d: String) { fluxLheo(premiers: $p, apres: $a, depuis: $d) { formations nombre pageInfo { hasNextPage endCursor } } }`;
const NODES = /* GraphQL */ `query ($p: Int, $a: String) { fluxSessions(premiers: $p, apres: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
const sessionNumbers = (xml: string) => [...xml.matchAll(/<session numero="(\d+)">/g)].map((m) => m[1]);

describe.each(databases)("LHEO export at volume on %s", (database) => {
  let stack: Stack;
  let db: DataSource;
  let carif: Headers;
  /** Every session of the feed, in feed order, as fluxSessions pages them. */
  let feedOrder: string[];

  beforeAll(async () => {
    stack = await startStack({ database, env: { LHEO_PAGE_SIZE: "64" } });
    db = await stackDatabase(stack);
    await insertBulkOffer(db, 250);
    carif = await login(stack.gatewayUrl, "CARIF");
    feedOrder = [];
    for (let apres: string | null = null; ; ) {
      const { fluxSessions } = await ok(stack.gatewayUrl, NODES, { p: 100, a: apres }, carif);
      feedOrder.push(...fluxSessions.nodes.map((n: { id: string }) => n.id));
      if (!fluxSessions.pageInfo.hasNextPage) break;
      apres = fluxSessions.pageInfo.endCursor;
    }
  });
  afterAll(async () => {
    await db?.destroy();
    await stack?.stop();
  });

  it("reads a page in 6 SQL statements, at 2 sessions as at 200 (with their informations collectives)", async () => {
    const page = async (p: number) => {
      const { body } = await graphql<any>(stack.subgraphUrls.catalogue!, LHEO, { p }, carif);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return { nombre: body.data.fluxLheo.nombre, formations: body.data.fluxLheo.formations as string, statements: body.extensions?.sqlStatements as number };
    };
    const [two, twoHundred] = [await page(2), await page(200)];
    expect([two.nombre, twoHundred.nombre]).toEqual([2, 200]);
    expect(twoHundred.formations.match(/<recrutement>/g)!.length).toBeGreaterThanOrEqual(190);
    expect(twoHundred.statements).toBe(two.statements);
    expect(two.statements).toBe(6);
  });

  it("pages exactly like fluxSessions: same sessions, same order, same cursors", async () => {
    const first = (await ok(stack.gatewayUrl, LHEO, { p: 3 }, carif)).fluxLheo;
    expect(sessionNumbers(first.formations)).toEqual(feedOrder.slice(0, 3));
    expect(first.formations.match(/<formation /g)).toHaveLength(3);
    expect(first.formations.endsWith("</formation>\n")).toBe(true);
    const nodes = (await ok(stack.gatewayUrl, NODES, { p: 3 }, carif)).fluxSessions;
    expect(first.pageInfo).toEqual(nodes.pageInfo);
    const second = (await ok(stack.gatewayUrl, LHEO, { p: 1000, a: first.pageInfo.endCursor }, carif)).fluxLheo;
    expect(sessionNumbers(second.formations)).toEqual(feedOrder.slice(3));
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("exports every session once, in feed order, across pages, as one LHEO 2.3 document that validates", async () => {
    expect(feedOrder.length).toBeGreaterThan(3 * 64);
    const response = await fetch(`${stack.gatewayUrl.replace(/\/graphql$/, "")}/feeds/lheo.xml`, { headers: carif });
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(sessionNumbers(xml)).toEqual(feedOrder);
    expect(xml.match(/<formation /g)).toHaveLength(feedOrder.length);
    expect(xml.match(/<\/offres>\n<\/lheo>\n$/)).not.toBeNull();
    expect(validateLheo(xml)).toBe("");
  });
});
