import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Real processes on loopback, stopped and started under the gateway's feet. */
describe("faults", () => {
  let stack: Stack;
  let region: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack({ env: { SUBGRAPH_TIMEOUT_MS: "2000" } });
    region = await login(stack.gatewayUrl, "REGION");
  });
  afterAll(() => stack?.stop());

  it("serves what does not need a stopped subgraph, refuses cleanly what does, and serves it again when it is back", async () => {
    await stack.stopService("finance");
    try {
      const catalogueOnly = await graphql<{ actions: { numero: string; statut: string }[] }>(stack.gatewayUrl, "{ actions { numero statut } }", {}, region);
      expect(catalogueOnly.status).toBe(200);
      expect(catalogueOnly.body.errors).toBeUndefined();
      expect(catalogueOnly.body.data!.actions).toHaveLength(2);

      const withFinance = await graphql<{ actions: { numero: string; factures: unknown[] | null }[] }>(stack.gatewayUrl, "{ actions { numero factures { id } } }", {}, region);
      expect(withFinance.status).toBe(200);
      expect(withFinance.body.errors?.length).toBeGreaterThan(0);
      expect(withFinance.body.data!.actions.map((a) => a.factures)).toEqual([null, null]);
      expect(JSON.stringify(withFinance.body.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);

      const ready = await fetch(stack.gatewayUrl.replace(/graphql$/, "ready"));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: "degraded", subgraphs: { finance: false, catalogue: true } });
    } finally {
      await stack.startService("finance");
    }
    const back = await graphql<{ actions: { factures: unknown[] }[] }>(stack.gatewayUrl, "{ actions { numero factures { id } } }", {}, region);
    expect(back.body.errors).toBeUndefined();
    expect(back.body.data!.actions.flatMap((a) => a.factures)).toHaveLength(1);
  });

  it("answers an organisme's action list with catalogue's data and an error for the part of a stopped subgraph, HTTP 200", async () => {
    const of = await login(stack.gatewayUrl, "OR5159");
    type Liste = { actions: { numero: string; intitule: string; statut: string | null; stagiaires: { nom: string }[] | null; factures: { id: string }[] | null }[] };
    const query = "{ actions { numero intitule statut stagiaires { nom } factures { id } } }";
    const complete = await graphql<Liste>(stack.gatewayUrl, query, {}, of);
    expect(complete.body.errors).toBeUndefined();
    const attendu = complete.body.data!.actions;
    expect(attendu.map((a) => a.numero)).toContain("23P0000000_TEST_1");
    expect(attendu.every((a) => a.statut !== null && a.stagiaires !== null && a.factures !== null)).toBe(true);

    for (const [stopped, missing] of [
      ["finance", ["factures"]],
      ["execution", ["statut", "stagiaires"]],
    ] as const) {
      await stack.stopService(stopped);
      try {
        const partial = await graphql<Liste>(stack.gatewayUrl, query, {}, of);
        expect(partial.status).toBe(200);
        const actions = partial.body.data!.actions;
        // catalogue's part is all there, the same as with every subgraph up…
        expect(actions.map((a) => [a.numero, a.intitule])).toEqual(attendu.map((a) => [a.numero, a.intitule]));
        actions.forEach((action, i) => {
          for (const field of ["statut", "stagiaires", "factures"] as const) {
            // …the stopped subgraph's fields are null, the other subgraph's are still served.
            if ((missing as readonly string[]).includes(field)) expect(action[field], `${stopped} arrêté : ${field}`).toBeNull();
            else expect(action[field]).toEqual(attendu[i]![field]);
          }
        });
        // …and one error says so, without leaking the infrastructure.
        expect(partial.body.errors?.length).toBeGreaterThan(0);
        expect(JSON.stringify(partial.body.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
      } finally {
        await stack.startService(stopped);
      }
    }
    const back = await graphql<Liste>(stack.gatewayUrl, query, {}, of);
    expect(back.body.errors).toBeUndefined();
    expect(back.body.data!.actions).toEqual(attendu);
  });

  it("drains and exits 0 on SIGTERM, with /health and /ready on every service", async () => {
    for (const url of Object.values(stack.subgraphUrls)) {
      expect((await fetch(url.replace(/graphql$/, "health"))).status).toBe(200);
      expect((await fetch(url.replace(/graphql$/, "ready"))).status).toBe(200);
    }
    // A fresh subgraph process of our own, to watch its exit code.
    const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../services/execution/dist/main.js");
    const child = spawn(process.execPath, [entry], { env: { ...process.env, EXECUTION_PORT: "0", SIGMA_DATA_DIR: stack.dataDir, DATABASE_URL: "" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("prêt sur")) resolve();
      });
      child.once("exit", () => reject(new Error(output)));
    });
    const url = /prêt sur (\S+)\/graphql/.exec(output)![1]!;
    expect((await fetch(`${url}/health`)).status).toBe(200);
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    // 0 only once the HTTP server has drained, the background jobs stopped and the pool closed.
    expect(code).toBe(0);
    expect(output).toMatch(/SIGTERM reçu/);
  });
});
