import type { Dataset } from "./dataset.js";
import type { Sink } from "./sink.js";
import { walk, type AnyTableSpec, type SubgraphName } from "./table.js";
import { ID_BASE } from "./dataset.js";

export interface TableReport {
  table: string;
  database: SubgraphName;
  /** Rows written by this run (rows already there are skipped). */
  inserted: number;
  /** Rows already present from an earlier, interrupted run. */
  skipped: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface GenerateOptions {
  /** Rows per transaction (a resumed run restarts after the last committed chunk). */
  chunkRows?: number;
  onProgress?: (table: string, rows: number) => void;
  /** Stops (as a crash would) once this many rows have been written: used to test resuming. */
  stopAfterRows?: number;
}

/**
 * Fills each table in turn, parents first: rows rebuilt from the dataset in id order, those up
 * to the table's MAX(id) skipped (resume), the rest written in transactional chunks while the
 * next chunk is being built (one chunk in flight).
 */
export async function generate(dataset: Dataset, tables: AnyTableSpec[], sinks: Record<SubgraphName, Sink>, options: GenerateOptions = {}): Promise<TableReport[]> {
  const chunkRows = options.chunkRows ?? 20_000;
  const reports: TableReport[] = [];
  let budget = options.stopAfterRows ?? Number.POSITIVE_INFINITY;
  for (const spec of tables) {
    const sink = sinks[spec.database];
    const started = process.hrtime.bigint();
    const already = await sink.maxId(spec.table, spec.idColumn);
    let inserted = 0;
    let skipped = 0;
    let chunk: unknown[][] = [];
    let inFlight: Promise<void> = Promise.resolve();
    const flush = async () => {
      await inFlight;
      const rows = chunk;
      chunk = [];
      inserted += rows.length;
      inFlight = sink.writeChunk(spec.table, spec.columns, rows);
      options.onProgress?.(spec.table, inserted);
    };
    for (const row of walk(dataset, spec, ID_BASE)) {
      if (row.id <= already) {
        skipped += 1;
        continue;
      }
      if (budget <= 0) break;
      budget -= 1;
      chunk.push(spec.values(row));
      if (chunk.length >= chunkRows) await flush();
    }
    if (chunk.length > 0) await flush();
    await inFlight;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    reports.push({ table: spec.table, database: spec.database, inserted, skipped, seconds, rowsPerSecond: inserted / seconds });
    if (budget <= 0) break;
  }
  return reports;
}
