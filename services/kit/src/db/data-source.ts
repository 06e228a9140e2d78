import { mkdirSync } from "node:fs";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from "typeorm";
import type { DatabaseConfig } from "./database-config.js";
import { withMigrationLock } from "./migration-lock.js";
import { SqlCounterLogger } from "./sql-counter.logger.js";

export interface DatabaseModel {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * Opens a subgraph's own database and brings it to the latest migration.
 * The schema is only ever changed by migrations (never `synchronize`), on MySQL and SQLite alike.
 */
export async function openDatabase(config: DatabaseConfig, model: DatabaseModel): Promise<DataSource> {
  const common = {
    entities: model.entities,
    migrations: model.migrations,
    migrationsTableName: "migrations",
    synchronize: false,
    logging: ["query", "error"] as ("query" | "error")[],
    logger: new SqlCounterLogger(),
  };
  let options: DataSourceOptions;
  if (config.kind === "sqlite") {
    mkdirSync(path.dirname(config.file), { recursive: true });
    options = {
      ...common,
      type: "better-sqlite3",
      database: config.file,
      prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
        db.pragma("journal_mode = WAL");
        db.pragma("busy_timeout = 5000");
        db.pragma("foreign_keys = ON");
      },
    };
  } else {
    const flavour = await ensureMysqlDatabase(config.serverUrl, config.database);
    options = {
      ...common,
      // TypeORM reads MariaDB's catalog differently (defaults, JSON): tell it which server it talks to.
      type: flavour,
      url: `${config.serverUrl}/${config.database}`,
      charset: "utf8mb4_unicode_ci",
      timezone: "Z",
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: false,
      poolSize: 10,
    } as DataSourceOptions;
  }
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  await withMigrationLock(config, () => dataSource.runMigrations({ transaction: "each" }));
  return dataSource;
}

/** Creates the subgraph's schema if missing, and tells MariaDB from MySQL. */
async function ensureMysqlDatabase(serverUrl: string, database: string): Promise<"mysql" | "mariadb"> {
  const connection = await createConnection({ uri: serverUrl });
  try {
    const [rows] = await connection.query("SELECT VERSION() AS version");
    const version = String((rows as { version: string }[])[0]?.version ?? "");
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    return /mariadb/i.test(version) ? "mariadb" : "mysql";
  } finally {
    await connection.end();
  }
}
