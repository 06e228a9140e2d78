import { existsSync } from "node:fs";
import path from "node:path";
import { startStack } from "@sigma/stack/stack";
import { mysqlSink, sqliteSink, type Sink } from "./sink.js";
import type { SubgraphName } from "./table.js";

export const SUBGRAPHS: SubgraphName[] = ["catalogue", "execution", "finance"];
export const MYSQL_URL = process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306";

/** The databases of one stack: SQLite files in a folder, or MySQL schemas `<prefix><subgraph>`. */
export type Target = { kind: "sqlite"; dataDir: string } | { kind: "mysql"; prefix: string };

export function describeTarget(target: Target): string {
  return target.kind === "sqlite" ? `SQLite ${target.dataDir}` : `MariaDB ${MYSQL_URL.replace(/\/\/[^@]*@/, "//***@")} schemas ${target.prefix}*`;
}

/** Environment that makes `startStack` use (and keep) these databases. */
export function stackOptions(target: Target) {
  return target.kind === "sqlite"
    ? { database: "sqlite" as const, dataDir: target.dataDir }
    : { database: "mysql" as const, env: { DATABASE_PREFIX: target.prefix, KEEP_DATABASE: "1" } };
}

/**
 * Brings the databases to the latest migration the only way the project does it: starting the
 * subgraphs once (their migrations run at start; outside production they also load the demo data).
 */
export async function migrate(target: Target): Promise<void> {
  const stack = await startStack(stackOptions(target));
  await stack.stop();
}

export async function openSinks(target: Target): Promise<Record<SubgraphName, Sink>> {
  const entries = await Promise.all(
    SUBGRAPHS.map(async (name) => [name, target.kind === "sqlite" ? sqliteSink(target.dataDir, name) : await mysqlSink(MYSQL_URL, `${target.prefix}${name}`)] as const),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, Sink>;
}

/** True when every subgraph's database exists and has been migrated (its `migrations` table is there). */
export async function isMigrated(target: Target): Promise<boolean> {
  if (target.kind === "sqlite") {
    if (!SUBGRAPHS.every((name) => existsSync(path.join(target.dataDir, `${name}.sqlite`)))) return false;
  }
  try {
    const sinks = await openSinks(target);
    try {
      for (const sink of Object.values(sinks)) await sink.maxId("migrations", "id");
      return true;
    } finally {
      await Promise.all(Object.values(sinks).map((sink) => sink.close()));
    }
  } catch {
    return false;
  }
}

export async function dropMysqlSchemas(prefix: string): Promise<void> {
  const { createConnection } = await import("mysql2/promise");
  const connection = await createConnection({ uri: MYSQL_URL });
  try {
    for (const name of SUBGRAPHS) await connection.query(`DROP DATABASE IF EXISTS \`${prefix}${name}\``);
  } finally {
    await connection.end();
  }
}
