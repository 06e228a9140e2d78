import { DataSource, EntitySchema } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findForUpdate, inTransaction, isRetryableConflict, isUniqueViolation } from "./transaction.js";

interface Ligne {
  id: number;
  code: string;
}
const Essai = new EntitySchema<Ligne>({
  name: "essai",
  columns: { id: { type: Number, primary: true, generated: true }, code: { type: String, length: 20, unique: true } },
});

describe("transaction module (SQLite in memory)", () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await new DataSource({ type: "better-sqlite3", database: ":memory:", entities: [Essai], synchronize: true }).initialize();
  });
  afterAll(() => db?.destroy());

  it("queues concurrent write transactions: a failing one does not undo its neighbour", async () => {
    const results = await Promise.allSettled([
      inTransaction(db, async (tx) => {
        await tx.getRepository(Essai).insert({ code: "A" });
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error("refusé");
      }),
      inTransaction(db, (tx) => tx.getRepository(Essai).insert({ code: "B" })),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
    expect((await db.getRepository(Essai).find()).map((e) => e.code)).toEqual(["B"]);
  });

  it("tells a unique violation from other errors, on a real driver error", async () => {
    const error = await inTransaction(db, (tx) => tx.getRepository(Essai).insert({ code: "B" })).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("autre"))).toBe(false);
    expect(isUniqueViolation({ driverError: { code: "ER_DUP_ENTRY", errno: 1062 } })).toBe(true);
    expect(isUniqueViolation(null)).toBe(false);
  });

  it("reads a row for update (no lock clause on SQLite) and knows MySQL's retryable conflicts", async () => {
    const row = await inTransaction(db, (tx) => findForUpdate(tx, Essai, { code: "B" }));
    expect(row?.code).toBe("B");
    expect(isRetryableConflict({ driverError: { errno: 1213 } })).toBe(true);
    expect(isRetryableConflict({ errno: 1205 })).toBe(true);
    expect(isRetryableConflict({ errno: 1062 })).toBe(false);
  });
});
