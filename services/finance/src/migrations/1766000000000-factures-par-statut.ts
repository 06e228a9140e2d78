import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

const INDEXES = [
  ["organisme_id", "statut", "id"],
  ["statut", "id"],
];

/**
 * Issue 10: `facturesParStatut` reads the newest invoices of some statuts (`ORDER BY id DESC`),
 * for an organisme or the whole Région: the order comes from the index, not from a scan.
 */
export class FacturesParStatut1766000000000 implements MigrationInterface {
  name = "FacturesParStatut1766000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const columnNames of INDEXES) await queryRunner.createIndex("facture", new TableIndex({ columnNames }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable("facture");
    for (const columnNames of INDEXES) {
      const index = table!.indices.find((i) => i.columnNames.join() === columnNames.join());
      if (index) await queryRunner.dropIndex("facture", index);
    }
  }
}
