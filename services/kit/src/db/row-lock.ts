import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";

/**
 * Reads one row for update inside a transaction: `SELECT … FOR UPDATE` on MySQL/MariaDB, so
 * that two concurrent writers of the same aggregate (an action's trainees, a month) queue up.
 * SQLite has no row locks and needs none: its write transactions are already serialised.
 */
export function findForUpdate<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
): Promise<T | null> {
  const type = tx.connection.options.type;
  const locks = type === "mysql" || type === "mariadb";
  return tx.getRepository(entity).findOne({ where, ...(locks ? { lock: { mode: "pessimistic_write" as const } } : {}) });
}
