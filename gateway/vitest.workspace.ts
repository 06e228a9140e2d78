import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Front ends that bring their own vitest config (jsdom, React plugin…).
const frontendConfigs = existsSync(path.join(root, "frontends"))
  ? readdirSync(path.join(root, "frontends"))
      .map((name) => `frontends/${name}/vitest.config.ts`)
      .filter((file) => existsSync(path.join(root, file)))
  : [];

/**
 * Every test of the repository, run by `npm test` (and so by CI):
 * - unit: pure code, in-process;
 * - integration: real processes (subgraphs + gateway) over HTTP, on SQLite and MariaDB,
 *   one file at a time (each starts a whole stack; the machine has two cores);
 * - the front ends' own projects (unit and end-to-end in Chromium).
 */
export default defineConfig({
  root,
  test: {
    reporters: ["default", "./gateway/test-summary.reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          root,
          include: ["services/*/src/**/*.test.ts", "gateway/src/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          root,
          include: ["services/*/test/**/*.test.ts", "gateway/test/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      ...frontendConfigs,
    ],
  },
});
