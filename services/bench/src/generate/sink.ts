import Database from "better-sqlite3";
import { createConnection, type Connection } from "mysql2/promise";
import path from "node:path";
import type { SubgraphName } from "./table.js";

/** Where generated rows go: one subgraph's own database. Rows arrive in id order, in chunks. */
export interface Sink {
  /** The highest key already in the table (0 when empty): rows up to it are skipped on resume. */
  maxId(table: string, idColumn: string): Promise<number>;
  /** Writes one chunk (several multi-row INSERTs) in one transaction: a chunk is there whole or not at all. */
  writeChunk(table: string, columns: readonly string[], rows: unknown[][]): Promise<void>;
  /** Writes one chunk, replacing the rows whose `idColumn` is already there (backfill of columns added later). */
  upsertChunk(table: string, idColumn: string, columns: readonly string[], rows: unknown[][]): Promise<void>;
  /** Rebuilds the summary tables derived from generated rows (derived.ts), in one statement each. */
  derive(statements: { mysql: string; sqlite: string }[]): Promise<void>;
  close(): Promise<void>;
}

/** Rows per INSERT statement (MariaDB's max_allowed_packet is 16 MB by default: ~2 000 rows of ~150 bytes is far below). */
export const ROWS_PER_STATEMENT = 2_000;

const quote = (name: string) => `\`${name.replace(/`/g, "")}\``;

/** MySQL/MariaDB: multi-row INSERTs, foreign-key and unique checks off for the session (the generator's keys are coherent by construction). */
export async function mysqlSink(serverUrl: string, database: string): Promise<Sink> {
  const connection: Connection = await createConnection({ uri: `${serverUrl.replace(/\/+$/, "")}/${database}`, dateStrings: true });
  await connection.query("SET SESSION foreign_key_checks = 0, unique_checks = 0");
  return {
    async maxId(table, idColumn) {
      const [rows] = await connection.query(`SELECT COALESCE(MAX(${quote(idColumn)}), 0) AS m FROM ${quote(table)}`);
      return Number((rows as { m: number | string }[])[0]!.m);
    },
    async writeChunk(table, columns, rows) {
      await write(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ?`, rows);
    },
    async upsertChunk(table, idColumn, columns, rows) {
      const updates = columns.filter((c) => c !== idColumn).map((c) => `${quote(c)} = VALUES(${quote(c)})`);
      await write(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ? ON DUPLICATE KEY UPDATE ${updates.join(", ")}`, rows);
    },
    async derive(statements) {
      for (const statement of statements) await connection.query(statement.mysql);
    },
    close: () => connection.end(),
  };

  async function write(sql: string, rows: unknown[][]): Promise<void> {
    await connection.beginTransaction();
    try {
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        await connection.query(sql, [rows.slice(start, start + ROWS_PER_STATEMENT)]);
      }
      await connection.commit();
    } catch (error) {
      await connection.rollback();
      throw error;
    }
  }
}

/** SQLite (the embedded default): one prepared multi-row INSERT per statement size, a transaction per chunk. */
export function sqliteSink(dataDir: string, database: SubgraphName): Sink {
  const db = new Database(path.join(dataDir, `${database}.sqlite`));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const statements = new Map<string, Database.Statement>();
  const statement = (table: string, columns: readonly string[], count: number, upsertOn?: string) => {
    const key = `${table}:${count}:${upsertOn ?? ""}`;
    let prepared = statements.get(key);
    if (!prepared) {
      const tuple = `(${columns.map(() => "?").join(", ")})`;
      const conflict = upsertOn
        ? ` ON CONFLICT("${upsertOn}") DO UPDATE SET ${columns.filter((c) => c !== upsertOn).map((c) => `"${c}" = excluded."${c}"`).join(", ")}`
        : "";
      prepared = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${Array(count).fill(tuple).join(", ")}${conflict}`);
      statements.set(key, prepared);
    }
    return prepared;
  };
  // SQLite allows 32 766 bound values per statement.
  const rowsPerStatement = (columns: number) => Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(32_000 / columns)));
  const write = (table: string, columns: readonly string[], rows: unknown[][], upsertOn?: string) => {
    const size = rowsPerStatement(columns.length);
    db.transaction(() => {
      for (let start = 0; start < rows.length; start += size) {
        const part = rows.slice(start, start + size);
        statement(table, columns, part.length, upsertOn).run(...part.flat());
      }
    })();
  };
  return {
    async maxId(table, idColumn) {
      return Number((db.prepare(`SELECT COALESCE(MAX("${idColumn}"), 0) AS m FROM "${table}"`).get() as { m: number }).m);
    },
    async writeChunk(table, columns, rows) {
      write(table, columns, rows);
    },
    async upsertChunk(table, idColumn, columns, rows) {
      write(table, columns, rows, idColumn);
    },
    async derive(statements) {
      for (const statement of statements) db.exec(statement.sqlite);
    },
    close: async () => {
      db.close();
    },
  };
}
