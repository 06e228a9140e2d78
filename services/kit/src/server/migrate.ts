import { openDatabase } from "../db/data-source.js";
import { databaseConfig, describeDatabase } from "../db/database-config.js";
import { initLogger, logger } from "../logging/logger.js";
import type { SubgraphDefinition } from "./subgraph.js";

/**
 * `node services/<name>/dist/main.js --migrate-only`: brings the subgraph's database to the
 * latest migration and exits, serving nothing (a deployment step before a rollout; the
 * services also migrate at start, under a lock).
 */
export async function migrateOnly(definition: SubgraphDefinition): Promise<void> {
  initLogger(definition.name);
  const config = databaseConfig(definition.name);
  const db = await openDatabase(config, definition.model);
  try {
    const applied = (await db.query("SELECT COUNT(*) AS n FROM migrations")) as { n: number | string }[];
    logger().info({ migrations: Number(applied[0]?.n ?? 0) }, `migrations à jour (${describeDatabase(config)})`);
  } finally {
    await db.destroy();
  }
}
