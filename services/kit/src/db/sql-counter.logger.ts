import type { Logger } from "typeorm";
import { requestStats } from "../context/context.js";
import { errorFields, logger } from "../logging/logger.js";

/** Counts the SQL statements of the current request (tests assert it does not grow with rows). */
export class SqlCounterLogger implements Logger {
  logQuery(): void {
    const stats = requestStats.getStore();
    if (stats) stats.sqlStatements += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    // The query text may hold personal data; log its first words only.
    logger().error({ ...errorFields(error), query: query.slice(0, 40) }, "erreur SQL");
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
