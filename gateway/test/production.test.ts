import { generateKeyPairSync, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startStack, type Stack } from "@sigma/stack/stack";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** NODE_ENV=production: keys from configuration, no demo account, nothing that helps an attacker map the graph. */
describe("production mode", () => {
  let stack: Stack;

  beforeAll(async () => {
    const { publicKey, privateKey } = generateKeyPairSync("ed25519", {
      publicKeyEncoding: { type: "spki", format: "pem" },
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
    });
    stack = await startStack({
      env: {
        NODE_ENV: "production",
        SIGMA_JWT_PUBLIC_KEY: publicKey,
        SIGMA_JWT_PRIVATE_KEY: privateKey,
        SIGMA_SERVICE_SECRET: randomBytes(24).toString("base64url"),
        RATE_LIMIT_BURST: "40",
        RATE_LIMIT_PER_MINUTE: "60",
      },
    });
  });
  afterAll(() => stack?.stop());

  it("has no demo account", async () => {
    const { body } = await graphql(stack.gatewayUrl, 'mutation { connexion(identifiant: "OR5159", motDePasse: "sigma-demo") { jeton } }');
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(body.errors?.[0]?.message).toBe("Identifiant ou mot de passe incorrect.");
  });

  it("refuses introspection and gives no field suggestion", async () => {
    const introspection = await graphql(stack.gatewayUrl, "{ __schema { queryType { name } } }");
    expect(introspection.body.data).toBeUndefined();
    expect(introspection.body.errors?.[0]?.message).toBe("L'introspection du schéma est désactivée.");
    const typo = await graphql(stack.gatewayUrl, "{ actionz }");
    expect(typo.body.errors?.[0]?.message).toMatch(/actionz/);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean|"actions?"/);
  });

  it("does not show the SQL counters", async () => {
    const { body } = await graphql(stack.subgraphUrls.catalogue!, "{ __typename }");
    expect(body.extensions?.sqlStatements).toBeUndefined();
  });

  it("lets browsers run only the front ends' persisted operations, by hash", async () => {
    const operations = JSON.parse(readFileSync(path.join(gatewayDir, "persisted-operations.json"), "utf8")) as Record<string, string>;
    const [hash] = Object.entries(operations).find(([, text]) => text.startsWith("mutation Connexion"))!;
    const send = (body: unknown, origin?: string) =>
      fetch(stack.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } }));
    const shell = "http://127.0.0.1:5173";
    // Known operation, hash only: it runs (and refuses the unknown account, as it should).
    const known = await send({ variables: { identifiant: "X", motDePasse: "y" }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, shell);
    expect(known.body.errors?.[0]?.message).toBe("Identifiant ou mot de passe incorrect.");
    // Any other text from a browser is refused before it is parsed.
    const other = await send({ query: "{ __typename }" }, shell);
    expect(other.status).toBe(400);
    expect(other.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_ALLOWED");
    // Nobody can register a new operation under a hash.
    const register = await send({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }, shell);
    expect(register.status).toBe(400);
    // A server-side consumer (no Origin, no organisme token) may send its own queries.
    expect((await send({ query: "{ __typename }" })).body.errors).toBeUndefined();
  });

  it("limits the rate per client, with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 60; i += 1) {
      const response = await fetch(stack.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get("retry-after");
      await response.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(30);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});
