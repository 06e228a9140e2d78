import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";

/*
 * Everything a write transaction needs, on both databases: run it safely under concurrency
 * (`inTransaction`), lock the row it changes (`findForUpdate`), and tell the races it may lose
 * (`isUniqueViolation`, `isRetryableConflict`).
 */

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * A write transaction that is safe under concurrency on both databases.
 * - MySQL/MariaDB: each transaction gets its own pooled connection; unique indexes settle races.
 * - SQLite (better-sqlite3): TypeORM shares ONE connection, so two concurrent `db.transaction`
 *   calls would nest (the second becomes a SAVEPOINT of the first, and a rollback of one undoes
 *   the other). Write transactions are therefore queued one after the other in this process.
 */
export function inTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== "better-sqlite3") return db.transaction(work);
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous.then(
    () => db.transaction(work),
    () => db.transaction(work),
  );
  queues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

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

type DriverError = { code?: string; errno?: number; driverError?: { code?: string; errno?: number } } | null | undefined;

/**
 * True when a write failed on a unique index or primary key (MySQL/MariaDB ER_DUP_ENTRY,
 * SQLite UNIQUE / PRIMARY KEY constraint): the race a pre-check cannot close.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as DriverError;
  const codes = [e?.code, e?.driverError?.code];
  const errnos = [e?.errno, e?.driverError?.errno];
  return (
    codes.includes("ER_DUP_ENTRY") ||
    errnos.includes(1062) ||
    codes.includes("SQLITE_CONSTRAINT_UNIQUE") ||
    codes.includes("SQLITE_CONSTRAINT_PRIMARYKEY")
  );
}

/** True for a MySQL/MariaDB deadlock or lock wait timeout: the transaction may simply be run again. */
export function isRetryableConflict(error: unknown): boolean {
  const e = error as DriverError;
  const errno = e?.driverError?.errno ?? e?.errno;
  return errno === 1213 || errno === 1205;
}
