import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const register = path.join(path.dirname(fileURLToPath(import.meta.url)), "import-log.register.mjs");

/**
 * Environment making every process of a stack record the ES modules it imports, and a reader:
 * `imported(pid)` lists them (the pid is on each of the process's log lines).
 */
export function importLog(): { env: NodeJS.ProcessEnv; imported: (pid: number) => string[]; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sigma-imports-"));
  return {
    env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${register}`.trim(), SIGMA_IMPORT_LOG_DIR: dir },
    imported: (pid) => readFileSync(path.join(dir, `${pid}.log`), "utf8").split("\n").filter(Boolean),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
