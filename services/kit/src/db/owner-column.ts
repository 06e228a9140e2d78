import { TableColumn, TableIndex, type QueryRunner } from "typeorm";

/**
 * Adds the owning organisme to a table of personal or money data (indexed, NOT NULL):
 * every read of such a row is filtered by it. Used by migrations of execution and finance.
 */
export async function addOrganismeColumn(queryRunner: QueryRunner, table: string): Promise<void> {
  await queryRunner.addColumn(table, new TableColumn({ name: "organisme_id", type: "integer", default: 0 }));
  // The default only fills existing rows; new rows must say whose they are.
  await queryRunner.changeColumn(table, "organisme_id", new TableColumn({ name: "organisme_id", type: "integer" }));
  await queryRunner.createIndex(table, new TableIndex({ columnNames: ["organisme_id"] }));
}
