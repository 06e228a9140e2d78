import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const composeMain = path.join(gatewayDir, "dist", "compose", "compose.main.js");
const tmp = mkdtempSync(path.join(os.tmpdir(), "sigma-drift-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the composer as the build does, in its own process. */
function composeCheck(env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [composeMain, "--check"], { env: { ...process.env, ...env }, encoding: "utf8" });
}

describe("composed supergraph artifact", () => {
  it("is what the three subgraphs compose to now", () => {
    const result = composeCheck();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("is reported stale when a subgraph's schema changed and nobody recomposed", () => {
    const stale = path.join(tmp, "supergraph.graphql");
    // A committed artifact from before a field was added to a subgraph.
    const current = readFileSync(path.join(gatewayDir, "supergraph.graphql"), "utf8");
    const older = current.replace(/\n\s*stagiaires: \[Stagiaire!\]!?[^\n]*/, "");
    expect(older, "the field this test removes is still in the supergraph").not.toBe(current);
    writeFileSync(stale, older);
    const result = composeCheck({ SIGMA_SUPERGRAPH_FILE: stale });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Artefacts de composition périmés/);
    expect(result.stderr).toMatch(/npm run compose/);
  });

  it("lists exactly the front ends' persisted operations (run `npm run codegen` after changing one)", async () => {
    const { collectFrontendManifests } = await import("../dist/persisted/manifest.js");
    expect(JSON.parse(readFileSync(path.join(gatewayDir, "persisted-operations.json"), "utf8"))).toEqual(collectFrontendManifests());
  });

  it("never exposes money or hours as a Float", () => {
    expect(readFileSync(path.join(gatewayDir, "api-schema.graphql"), "utf8")).not.toMatch(/\bFloat\b/);
  });
});
