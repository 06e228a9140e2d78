import { describe, expect, it } from "vitest";
import { databaseConfig, describeDatabase } from "./database-config.js";

describe("database configuration", () => {
  it("defaults to one embedded SQLite file per subgraph", () => {
    const config = databaseConfig("finance", { SIGMA_DATA_DIR: "/tmp/x" });
    expect(config).toEqual({ kind: "sqlite", file: "/tmp/x/finance.sqlite" });
  });

  it("uses one MySQL schema per subgraph when DATABASE_URL is set, and hides the password", () => {
    const config = databaseConfig("catalogue", { DATABASE_URL: "mysql://u:secret@db:3306/" });
    expect(config).toEqual({ kind: "mysql", serverUrl: "mysql://u:secret@db:3306", database: "sigma_catalogue" });
    expect(describeDatabase(config)).not.toContain("secret");
  });

  it("refuses another kind of database URL", () => {
    expect(() => databaseConfig("catalogue", { DATABASE_URL: "postgres://x" })).toThrow(/mysql/);
  });
});
