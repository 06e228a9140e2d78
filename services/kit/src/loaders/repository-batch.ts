import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type ObjectLiteral } from "typeorm";
import { manyByKey, oneByKey } from "./loaders.js";

/**
 * Batch functions for request-scoped DataLoaders (`ctx.loaders.get(batch)`): one
 * `SELECT … WHERE key IN (…)` per request and kind, whatever the number of rows asked for.
 * Create them once (a service field) — the loader cache is keyed by the function itself. `db` is
 * a getter so that a class field may be initialised before the constructor has run.
 */
export function batchOne<T extends ObjectLiteral, K extends keyof T & string>(db: () => DataSource, entity: EntityTarget<T>, key: K) {
  return async (keys: readonly T[K][]): Promise<(T | null)[]> =>
    oneByKey(keys, await db().getRepository(entity).find({ where: { [key]: In([...keys]) } as never }), (row) => row[key]);
}

/** Rows grouped by a parent key (children of many parents in one statement), in `order`. */
export function batchMany<T extends ObjectLiteral, K extends keyof T & string>(
  db: () => DataSource,
  entity: EntityTarget<T>,
  key: K,
  order: FindOptionsOrder<T>,
) {
  return async (keys: readonly T[K][]): Promise<T[][]> =>
    manyByKey(keys, await db().getRepository(entity).find({ where: { [key]: In([...keys]) } as never, order }), (row) => row[key]);
}
