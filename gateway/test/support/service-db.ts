import path from "node:path";
import type { Stack } from "@sigma/stack/stack";
import Database from "better-sqlite3";
import { createConnection } from "mysql2/promise";

/** A direct connection to one subgraph's own database, for a test to look at (or prepare) rows. */
export interface ServiceDb {
  /** Rows of a SELECT; for any other statement, an empty array. `?` placeholders on both databases. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Opens `service`'s database of a running stack: its SQLite file, or its MySQL schema `<prefix><service>`. */
export async function openServiceDb(stack: Stack, service: string, mysqlUrl = process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306"): Promise<ServiceDb> {
  if (stack.database === "sqlite") {
    const db = new Database(path.join(stack.dataDir, `${service}.sqlite`), { fileMustExist: true, timeout: 10_000 });
    return {
      query: async <T>(sql: string, params: unknown[] = []) => {
        const statement = db.prepare(sql);
        if (statement.reader) return statement.all(...params) as T[];
        statement.run(...params);
        return [];
      },
      close: async () => void db.close(),
    };
  }
  const connection = await createConnection({ uri: mysqlUrl, database: `${stack.databasePrefix}${service}`, supportBigNumbers: true, bigNumberStrings: false });
  return {
    query: async <T>(sql: string, params: unknown[] = []) => {
      const [rows] = await connection.query(sql, params);
      return Array.isArray(rows) ? (rows as T[]) : [];
    },
    close: () => connection.end(),
  };
}

/** Polls `probe` every 200 ms until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`délai dépassé (${timeoutMs} ms) : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
