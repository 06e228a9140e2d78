import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";

/*
 * Everything a write transaction needs, on both databases: run it safely under concurrency
 * (`inTransaction`), lock the row it changes (`findForUpdate`), and tell the races it may lose
 * (`isUniqueViolation`, `isRetryableConflict`).
 */

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Attempts of a MySQL/MariaDB transaction chosen as a deadlock victim (or timed out on a lock)
 * before giving up: enough for the monthly rush (dozens of organismes writing at once).
 */
const CONFLICT_ATTEMPTS = 5;

/**
 * A write transaction that is safe under concurrency on both databases.
 * - MySQL/MariaDB: each transaction gets its own pooled connection; unique indexes settle races;
 *   READ COMMITTED, because writers lock their aggregate's row (`findForUpdate`) and then check
 *   rules against what the others committed meanwhile: under REPEATABLE READ a plain read made
 *   before the lock would pin an older snapshot (N registrations past an effectif of 5, all
 *   accepted), and a locking read of a key not created yet would lock the gap, where concurrent
 *   first writes of other new rows deadlock;
 * - a transaction rolled back by a deadlock or a lock wait timeout is run again (5 attempts in all, after a short random pause).
 * - SQLite (better-sqlite3): TypeORM shares ONE connection, so two concurrent `db.transaction`
 *   calls would nest (the second becomes a SAVEPOINT of the first, and a rollback of one undoes
 *   the other). Write transactions are therefore queued one after the other in this process.
 */
export function inTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== "better-sqlite3") return retryConflicts(() => db.transaction("READ COMMITTED", work));
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

async function retryConflicts<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= CONFLICT_ATTEMPTS || !isRetryableConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
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

/** Driver codes of a database that cannot be reached or went away (MySQL/MariaDB via mysql2, SQLite busy). */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_SERVER_SHUTDOWN",
  "ER_CON_COUNT_ERROR",
  "ER_CONNECTION_KILLED",
  "ER_QUERY_INTERRUPTED",
  "SQLITE_BUSY",
]);
/** 1040 too many connections, 1053 shutdown in progress, 1927 connection killed, 2002/2003/2006/2013 client: cannot connect, gone away, lost. */
const UNAVAILABLE_ERRNOS = new Set([1040, 1053, 1927, 2002, 2003, 2006, 2013]);

/**
 * True when a query failed because the database is unreachable or restarting (not because of the
 * query): the request may simply be sent again in a moment, and the caller is told so
 * (SERVICE_UNAVAILABLE) instead of an internal error. The pool reconnects by itself.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  type Link = DriverError & { cause?: unknown; originalError?: unknown; message?: string };
  for (let e = error as Link | undefined, depth = 0; e && depth < 4; depth += 1) {
    const codes = [e.code, e.driverError?.code];
    const errnos = [e.errno, e.driverError?.errno];
    if (codes.some((c) => c !== undefined && UNAVAILABLE_CODES.has(c))) return true;
    if (errnos.some((n) => n !== undefined && UNAVAILABLE_ERRNOS.has(n))) return true;
    // mysql2 without a code: a pooled connection found closed, or the pool itself.
    if (typeof e.message === "string" && /connection is in closed state|Pool is closed|Connection lost/i.test(e.message)) return true;
    e = (e.driverError ?? e.originalError ?? e.cause) as Link | undefined;
  }
  return false;
}
