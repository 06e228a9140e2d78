import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "@sigma/kit/config/env";

/**
 * `SIGMA_LHEO_XSD` when set (.ci/node24 runs a copy of the tree elsewhere), else
 * `../shared/lheo/lheo-2.3.xsd` from the repository root (CI), or from a parent of it (a worktree).
 */
export function lheoSchema(): string {
  const configured = process.env.SIGMA_LHEO_XSD;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`lheo-2.3.xsd introuvable : SIGMA_LHEO_XSD=${configured}`);
    return configured;
  }
  for (let dir = repoRoot; ; dir = path.dirname(dir)) {
    const candidate = path.resolve(dir, "../shared/lheo/lheo-2.3.xsd");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`lheo-2.3.xsd introuvable (cherché depuis ${path.resolve(repoRoot, "../shared/lheo")})`);
  }
}

/** xmllint's verdict on `xml` against the LHEO 2.3 schema: "" when valid, its complaints otherwise. */
export function validateLheo(xml: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sigma-lheo-"));
  const file = path.join(dir, "flux.xml");
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--schema", lheoSchema(), file], { stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
