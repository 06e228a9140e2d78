import { TableColumn, TableForeignKey } from "typeorm";

/** Shorthands for the portable Table API (the same migration runs on MySQL and SQLite). */
export type Column = NonNullable<ConstructorParameters<typeof TableColumn>[0]>;
export const id: Column = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" };
export const int = (name: string, isNullable = false): Column => ({ name, type: "integer", isNullable });
export const big = (name: string, isNullable = false): Column => ({ name, type: "bigint", isNullable });
export const str = (name: string, length: number, isNullable = false): Column => ({ name, type: "varchar", length: String(length), isNullable });
export const day = (name: string, isNullable = false): Column => ({ name, type: "date", isNullable });
export const text = (name: string, isNullable = false): Column => ({ name, type: "text", isNullable });

export function fk(column: string, table: string, onDelete: "RESTRICT" | "CASCADE" = "RESTRICT"): TableForeignKey {
  return new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ["id"], onDelete, onUpdate: "RESTRICT" });
}

