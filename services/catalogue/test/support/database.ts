import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { catalogue } from "@sigma/catalogue/subgraph";
import { openDatabase } from "@sigma/kit/db/data-source";
import type { DatabaseConfig } from "@sigma/kit/db/database-config";
import type { Stack } from "@sigma/stack/stack";
import { MYSQL_URL } from "@sigma/stack/support/databases";
import type { DataSource } from "typeorm";

/** The catalogue database of a running stack, opened by the test (to look behind the API). */
export function stackDatabase(stack: Stack): Promise<DataSource> {
  const config: DatabaseConfig =
    stack.database === "sqlite"
      ? { kind: "sqlite", file: path.join(stack.dataDir, "catalogue.sqlite") }
      : { kind: "mysql", serverUrl: MYSQL_URL, database: `${stack.databasePrefix}catalogue` };
  return openDatabase(config, catalogue.model);
}

/** A fresh, migrated catalogue database for in-process tests; `drop` removes it. */
export async function freshDatabase(kind: "sqlite" | "mysql"): Promise<{ db: DataSource; drop: () => Promise<void> }> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sigma-catalogue-"));
    const db = await openDatabase({ kind: "sqlite", file: path.join(dir, "catalogue.sqlite") }, catalogue.model);
    return { db, drop: async () => { await db.destroy(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const database = `sigma_cat${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const db = await openDatabase({ kind: "mysql", serverUrl: MYSQL_URL, database }, catalogue.model);
  return {
    db,
    drop: async () => {
      await db.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await db.destroy();
    },
  };
}

const TABLES = [
  "action", "composante", "session", "information_collective", "demande_modification", "ligne_modification", "historique",
  "compteur", "propagation_date_reelle",
];

/** Every row of the tables a request may touch, to assert that a refused one changed nothing. */
export async function snapshot(db: DataSource): Promise<string> {
  const parts: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const key = table === "compteur" ? "nom" : "id";
    parts[table] = await db.query(`SELECT * FROM ${table} ORDER BY ${key}`);
  }
  return JSON.stringify(parts);
}
