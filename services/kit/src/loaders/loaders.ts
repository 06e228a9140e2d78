import DataLoader from "dataloader";

/**
 * Request-scoped DataLoaders. A loader is created the first time a request asks for it
 * (keyed by its batch function) and lives as long as the request, so every reference
 * and list field of one request is answered by one SQL statement per kind.
 */
export class Loaders {
  private readonly byBatch = new Map<unknown, DataLoader<unknown, unknown>>();

  /**
   * `args` (e.g. the caller's organisme scope) are bound when the loader is created: they must be
   * the same for the whole request, which holds for anything derived from the request's caller.
   */
  get<K, V, A extends unknown[] = []>(
    batch: (keys: readonly K[], ...args: A) => Promise<readonly (V | Error)[]>,
    ...args: A
  ): DataLoader<K, V> {
    let loader = this.byBatch.get(batch) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(keys, ...args), { maxBatchSize: 1000 });
      this.byBatch.set(batch, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders rows to match `keys` (one row or null per key), as DataLoader requires. */
export function oneByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const index = new Map<K, T>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? null);
}

/** Groups rows under `keys` (a list per key, empty when none), as DataLoader requires. */
export function manyByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const index = new Map<K, T[]>();
  for (const key of keys) index.set(key, []);
  for (const row of rows) index.get(keyOf(row))?.push(row);
  return keys.map((key) => index.get(key) ?? []);
}
