import { createConnection } from "mysql2/promise";

export type DatabaseKind = "sqlite" | "mysql";

export const MYSQL_URL = process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306";

async function mysqlReachable(): Promise<boolean> {
  try {
    const connection = await createConnection({ uri: MYSQL_URL, connectTimeout: 2000 });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * The databases every integration test runs on. MariaDB is production and is required in CI:
 * there a missing server makes the MySQL runs fail (not skip). Outside CI, a machine without
 * MariaDB runs the SQLite half and says so.
 */
export async function databasesUnderTest(): Promise<DatabaseKind[]> {
  if (process.env.CI || (await mysqlReachable())) return ["sqlite", "mysql"];
  process.stderr.write(`\n⚠ MariaDB injoignable sur ${MYSQL_URL} : tests MySQL non exécutés (hors CI seulement).\n`);
  return ["sqlite"];
}
