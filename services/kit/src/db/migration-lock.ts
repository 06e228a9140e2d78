import { createConnection } from "mysql2/promise";
import type { DatabaseConfig } from "./database-config.js";

const WAIT_SECONDS = 120;

/**
 * Runs a subgraph's migrations under a server-wide lock on MySQL/MariaDB (GET_LOCK, held by a
 * connection of its own), so that replicas starting together (a rollout, a scale-up) migrate
 * one after the other: the first applies, the others find nothing left to do. SQLite needs none
 * (one process owns the file).
 */
export async function withMigrationLock<T>(config: DatabaseConfig, run: () => Promise<T>): Promise<T> {
  if (config.kind !== "mysql") return run();
  const name = `sigma_migrations:${config.database}`.slice(0, 64);
  const connection = await createConnection({ uri: config.serverUrl });
  try {
    const [rows] = await connection.query("SELECT GET_LOCK(?, ?) AS got", [name, WAIT_SECONDS]);
    if (Number((rows as { got: number | null }[])[0]?.got) !== 1) {
      throw new Error(`Verrou de migration « ${name} » non obtenu en ${WAIT_SECONDS} s : une autre instance migre-t-elle encore ?`);
    }
    try {
      return await run();
    } finally {
      await connection.query("SELECT RELEASE_LOCK(?)", [name]);
    }
  } finally {
    await connection.end();
  }
}
