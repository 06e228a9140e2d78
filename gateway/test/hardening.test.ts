import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The public edge refuses abusive requests before any subgraph is called. */
describe("gateway limits", () => {
  let stack: Stack;
  let region: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    region = await login(stack.gatewayUrl, "REGION");
  });
  afterAll(() => stack?.stop());

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...region, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
  };

  it("lets the real UI query through", async () => {
    const { body } = await graphql(
      stack.gatewayUrl,
      "{ actions { numero statut organisme { code } stagiaires { nom } factures { montantTTC } } }",
      {},
      region,
    );
    expect(body.errors).toBeUndefined();
  });

  it("counts __typename aliases against the alias limit", async () => {
    const query = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.map((e) => e.message)).toEqual(["Trop d'alias dans la requête."]);
    // …while a handful of aliases is fine.
    expect((await post({ query: "{ a: __typename b: __typename }" })).body.errors).toBeUndefined();
  });

  it("refuses too many directives, and too many tokens", async () => {
    const directives = await post({ query: `query cop { __typename ${"@aa".repeat(10)} }` });
    expect(directives.status).toBe(400);
    expect(directives.body.errors?.map((e) => e.message)).toEqual(["Trop de directives dans la requête."]);
    const tokens = await post({ query: `{ ${"__typename ".repeat(4000)} }` });
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]?.message).toBe("Requête trop longue.");
  });

  it("refuses batched requests", async () => {
    const { status, body } = await post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe("Une seule opération par requête HTTP.");
  });

  it("blocks requests a browser could forge across sites (CSRF)", async () => {
    const { status, body } = await post('{"query":"{ __typename }"}', { "content-type": "text/plain" });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/protection CSRF/);
    const get = await fetch(`${stack.gatewayUrl}?query=%7B__typename%7D`);
    expect(get.status).toBe(400);
  });

  it("refuses an oversized body with 413, before parsing it", async () => {
    const { status, body } = await post({ query: "{ __typename }", variables: { x: "a".repeat(200_000) } });
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a forged or expired token at the edge with 401", async () => {
    const { status, body } = await post({ query: "{ __typename }" }, { authorization: "Bearer eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIxIn0.AAAA" });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers CORS preflights for the shell's origin only", async () => {
    const allowed = await fetch(stack.gatewayUrl, { method: "OPTIONS", headers: { origin: "http://127.0.0.1:5173" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:5173");
    const other = await fetch(stack.gatewayUrl, { method: "OPTIONS", headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("gateway depth limit", () => {
  let stack: Stack;
  beforeAll(async () => {
    // The deepest path of today's schema is 3 levels (moi → organisme → id): limit at 2 to see it refused.
    stack = await startStack({ env: { GRAPHQL_MAX_DEPTH: "2" } });
  });
  afterAll(() => stack?.stop());

  it("refuses a query deeper than the limit, and lets shallower ones through", async () => {
    const region = await login(stack.gatewayUrl, "REGION");
    expect((await graphql(stack.gatewayUrl, "{ moi { identifiant } }", {}, region)).body.errors).toBeUndefined();
    const { status, body } = await graphql(stack.gatewayUrl, "{ moi { organisme { id } } }", {}, region);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe("Requête trop profonde.");
  });
});
