import type { Dataset } from "./dataset.js";

export type SubgraphName = "catalogue" | "execution" | "finance";

/** A generated row: its key (for resuming) and whatever its child tables need of it. */
export interface GeneratedRow {
  id: number;
}

/**
 * One table of the dataset: where it lives, its columns, and its rows as a pure function of the
 * dataset. Root tables have `total` rows; child tables have `count(parent)` rows under each row
 * of `parent` (another spec), numbered in walk order from `ID_BASE + 1`. A domain plugs its
 * tables in by adding specs to `tables/index.ts` (e.g. session under action, heures under stagiaire).
 */
export interface TableSpec<Row extends GeneratedRow = GeneratedRow, Parent extends GeneratedRow = GeneratedRow> {
  table: string;
  database: SubgraphName;
  /** The column holding `row.id` (what the generator resumes from: MAX of it). */
  idColumn: string;
  columns: readonly string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  parent: TableSpec<Parent, any> | null;
  /** Root tables: number of rows. */
  total?: (dataset: Dataset) => number;
  /** Child tables: number of rows under `parent` (pure: same answer every time). */
  count?: (dataset: Dataset, parent: Parent) => number;
  /** The row number `index` under `parent` (null for root tables); `id` is its place in the walk. */
  make: (dataset: Dataset, parent: Parent | null, index: number, id: number) => Row;
  /** The row's column values, in `columns` order. */
  values: (row: Row) => unknown[];
}

// Specs are stored without their precise row types in the registry.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTableSpec = TableSpec<any, any>;

/** Every row of `spec`, in id order, rebuilt from the dataset (parents are rebuilt, not read). */
export function* walk(dataset: Dataset, spec: AnyTableSpec, idBase: number): Generator<GeneratedRow> {
  if (!spec.parent) {
    const total = spec.total!(dataset);
    for (let index = 0; index < total; index += 1) yield spec.make(dataset, null, index, idBase + index + 1);
    return;
  }
  let id = idBase;
  for (const parent of walk(dataset, spec.parent, idBase)) {
    const count = spec.count!(dataset, parent);
    for (let index = 0; index < count; index += 1) yield spec.make(dataset, parent, index, (id += 1));
  }
}
