import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, type GraphQLField } from "graphql";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshot } from "./snapshot.js";
import { fuzzValue, rng } from "./values.js";

const schema = buildSchema(readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../api-schema.graphql"), "utf8"));
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 45_000);
const CALLS_PER_MUTATION = Number(process.env.FUZZ_CALLS ?? 40);

/** The smallest selection that makes a valid document for a field's return type. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const text = String(field.type).replace(/[[\]!]/g, "");
  const type = schema.getType(text);
  if (!type || !("getFields" in type)) return "";
  return "{ __typename }";
}

function document(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  return `mutation Fuzz${vars ? `(${vars})` : ""} { ${field.name}${args ? `(${args})` : ""} ${selection(field)} }`;
}

/**
 * Every mutation of the supergraph, every argument, hostile values, under every kind of
 * caller, for a bounded time: never an internal error, never a crash, and the databases
 * exactly as they were after every refused call.
 */
describe("schema-driven fuzzer", () => {
  let stack: Stack;
  const callers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    stack = await startStack({ env: { RATE_LIMIT_PER_MINUTE: "1000000", RATE_LIMIT_BURST: "100000" } });
    callers.anonyme = {};
    callers.organisme = await login(stack.gatewayUrl, "OR5159");
    callers.region = await login(stack.gatewayUrl, "REGION");
    callers.carif = await login(stack.gatewayUrl, "CARIF");
  }, 120_000);
  afterAll(() => stack?.stop());

  it(`survives ${mutations.length} mutations × hostile arguments (seed ${SEED})`, async () => {
    const random = rng(SEED);
    const deadline = Date.now() + BUDGET_MS;
    const internal: string[] = [];
    const changedOnRefusal: string[] = [];
    let calls = 0;
    let refused = 0;
    for (const field of mutations) {
      const query = document(field);
      for (let i = 0; i < CALLS_PER_MUTATION && Date.now() < deadline; i += 1) {
        const variables = Object.fromEntries(field.args.map((arg) => [arg.name, fuzzValue(arg.type, random)]));
        const caller = Object.keys(callers)[Math.floor(random() * 4)]!;
        const before = snapshot(stack.dataDir);
        const { status, body } = await graphql(stack.gatewayUrl, query, variables, callers[caller]);
        calls += 1;
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        if (status >= 500 || codes.includes("INTERNAL_SERVER_ERROR")) {
          internal.push(`${field.name} as ${caller} (${status}): ${JSON.stringify(variables).slice(0, 300)} → ${JSON.stringify(body.errors).slice(0, 300)}`);
        }
        if (body.errors?.length) {
          refused += 1;
          if (snapshot(stack.dataDir) !== before) changedOnRefusal.push(`${field.name} as ${caller}: ${JSON.stringify(variables).slice(0, 200)}`);
        }
      }
    }
    process.stdout.write(`fuzzer: ${calls} calls, ${refused} refused, ${mutations.length} mutations, seed ${SEED}\n`);
    expect(internal, "INTERNAL_SERVER_ERROR answers").toEqual([]);
    expect(changedOnRefusal, "refused calls that changed a database").toEqual([]);
    expect(calls).toBeGreaterThan(mutations.length);
    // Every process is still up and answering.
    for (const url of [stack.gatewayUrl, ...Object.values(stack.subgraphUrls)]) {
      expect((await fetch(url.replace(/graphql$/, "health"))).status).toBe(200);
    }
  }, BUDGET_MS + 60_000);
});
