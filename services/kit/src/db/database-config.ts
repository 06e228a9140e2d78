import path from "node:path";
import { repoRoot, stringFromEnv } from "../config/env.js";

export type DatabaseConfig =
  | { kind: "sqlite"; file: string }
  | { kind: "mysql"; serverUrl: string; database: string };

/**
 * Where a subgraph keeps its data. Each subgraph owns its own database:
 * - `DATABASE_URL=mysql://user:pass@host:3306` → MySQL/MariaDB, schema `sigma_<service>`
 *   (prefix from `DATABASE_PREFIX`), created if missing;
 * - nothing configured → embedded SQLite, one file per subgraph under `SIGMA_DATA_DIR` (default `.data/`).
 */
export function databaseConfig(service: string, env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^mysql:\/\//.test(url)) throw new Error("DATABASE_URL doit commencer par mysql://");
    const prefix = stringFromEnv("DATABASE_PREFIX", "sigma_", env);
    const database = `${prefix}${service}`;
    if (!/^\w{1,64}$/.test(database)) throw new Error(`Nom de base invalide : ${database}`);
    return { kind: "mysql", serverUrl: url.replace(/\/+$/, ""), database };
  }
  const dir = stringFromEnv("SIGMA_DATA_DIR", path.join(repoRoot, ".data"), env);
  return { kind: "sqlite", file: path.join(dir, `${service}.sqlite`) };
}

export function describeDatabase(config: DatabaseConfig): string {
  return config.kind === "sqlite"
    ? `SQLite ${config.file}`
    : `MySQL ${config.serverUrl.replace(/\/\/[^@]*@/, "//***@")}/${config.database}`;
}
