import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { catalogue } from "@sigma/catalogue/subgraph";
import { openDatabase } from "@sigma/kit/db/data-source";
import { databaseConfig } from "@sigma/kit/db/database-config";
import { databasesUnderTest, MYSQL_URL } from "@sigma/stack/support/databases";
import { createConnection } from "mysql2/promise";
import { afterAll, describe, expect, it } from "vitest";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const databases = await databasesUnderTest();
const prefix = `sigma_m${Date.now().toString(36)}_`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "sigma-migrate-"));
const envFor = (database: string): NodeJS.ProcessEnv =>
  database === "mysql" ? { DATABASE_URL: MYSQL_URL, DATABASE_PREFIX: prefix, SIGMA_DATA_DIR: dataDir } : { DATABASE_URL: "", SIGMA_DATA_DIR: dataDir };

/** Runs `node services/<name>/dist/main.js --migrate-only` and returns its exit code and output. */
function migrateOnly(name: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [path.join(repo, "services", name, "dist", "main.js"), "--migrate-only"], {
    env: { ...process.env, ...env, [`${name.toUpperCase()}_PORT`]: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (!databases.includes("mysql")) return;
  const connection = await createConnection({ uri: MYSQL_URL });
  const [rows] = await connection.query("SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE ?", [`${prefix}%`]);
  for (const row of rows as { name: string }[]) await connection.query(`DROP DATABASE \`${row.name}\``);
  await connection.end();
});

describe.each(databases)("migrations as a deployment step (%s)", (database) => {
  it("migrates alone with --migrate-only, serves nothing and exits 0", async () => {
    const { code, output } = await migrateOnly("finance", envFor(database));
    expect(code, output).toBe(0);
    expect(output).toMatch(/"migrations":[1-9]\d*,.*"msg":"migrations à jour/);
    expect(output).not.toMatch(/prêt sur/);
    // A second run finds nothing to do and still exits 0.
    expect((await migrateOnly("finance", envFor(database))).code).toBe(0);
  });
});

describe.skipIf(!databases.includes("mysql"))("migrations under a lock (mysql)", () => {
  it("lets replicas that start together migrate one after the other", async () => {
    const env = envFor("mysql");
    const config = databaseConfig("catalogue", { ...env, DATABASE_PREFIX: `${prefix}r` });
    const replicas = await Promise.all([1, 2, 3].map(() => openDatabase(config, catalogue.model)));
    try {
      const rows = (await replicas[0]!.query("SELECT name, COUNT(*) AS n FROM migrations GROUP BY name")) as { n: number }[];
      expect(rows).toHaveLength((catalogue.model.migrations as unknown[]).length);
      expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
    } finally {
      await Promise.all(replicas.map((db) => db.destroy()));
    }
  });
});
