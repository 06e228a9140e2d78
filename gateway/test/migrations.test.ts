import { catalogue } from "@sigma/catalogue/subgraph";
import { execution } from "@sigma/execution/subgraph";
import { finance } from "@sigma/finance/subgraph";
import { openDatabase } from "@sigma/kit/db/data-source";
import type { DatabaseConfig } from "@sigma/kit/db/database-config";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import { afterAll, describe, expect, it } from "vitest";
import { databasesUnderTest, MYSQL_URL } from "@sigma/stack/support/databases";

const databases = await databasesUnderTest();
const tmp = mkdtempSync(path.join(os.tmpdir(), "sigma-migrations-"));
const prefix = `sigma_mig${Date.now().toString(36)}_`;

afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  if (!databases.includes("mysql")) return;
  const connection = await createConnection({ uri: MYSQL_URL });
  for (const name of ["catalogue", "execution", "finance"]) await connection.query(`DROP DATABASE IF EXISTS \`${prefix}${name}\``);
  await connection.end();
});

describe.each(databases)("migrations on %s", (database) => {
  it.each([catalogue, execution, finance])("bring $name's schema exactly to its entities, and run twice harmlessly", async (subgraph) => {
    const config: DatabaseConfig =
      database === "sqlite"
        ? { kind: "sqlite", file: path.join(tmp, `${subgraph.name}.sqlite`) }
        : { kind: "mysql", serverUrl: MYSQL_URL, database: `${prefix}${subgraph.name}` };
    const db = await openDatabase(config, subgraph.model);
    const pending = await db.driver.createSchemaBuilder().log();
    await db.destroy();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    const again = await openDatabase(config, subgraph.model);
    const applied = await again.query("SELECT COUNT(*) AS n FROM migrations");
    await again.destroy();
    expect(Number(applied[0].n)).toBe(subgraph.model.migrations.length);
  });
});
