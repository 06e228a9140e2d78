import type { DataSource, EntityManager } from "typeorm";

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

/** True for a unique-index violation (MySQL/MariaDB ER_DUP_ENTRY, SQLite UNIQUE constraint). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = e?.driverError?.code ?? e?.code;
  const errno = e?.driverError?.errno ?? e?.errno;
  return code === "ER_DUP_ENTRY" || errno === 1062 || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** True for a MySQL/MariaDB deadlock or lock wait timeout: the transaction may simply be run again. */
export function isRetryableConflict(error: unknown): boolean {
  const e = error as { errno?: number; driverError?: { errno?: number } };
  const errno = e?.driverError?.errno ?? e?.errno;
  return errno === 1213 || errno === 1205;
}
