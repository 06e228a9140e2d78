import { Table, type MigrationInterface, type QueryRunner } from "typeorm";

/** Invoices, amounts in integer cents (portable Table API: MySQL and SQLite). */
export class Initial1763000000000 implements MigrationInterface {
  name = "Initial1763000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "facture",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "action_id", type: "integer" },
          { name: "numero", type: "varchar", length: "60" },
          { name: "periode", type: "varchar", length: "80", isNullable: true },
          { name: "montant_ht_centimes", type: "bigint" },
          { name: "montant_ttc_centimes", type: "bigint" },
          { name: "statut", type: "varchar", length: "16" },
          { name: "date_emission", type: "date", isNullable: true },
        ],
        indices: [{ columnNames: ["action_id"] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("facture");
  }
}
