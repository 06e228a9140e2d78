import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Issue 8 at Occitanie × 10: covering indexes of the dashboard's aggregates — amounts by emission month and status, for the region, an organisme or the actions of a filtered perimeter; invoices waiting for the Région by organisme. Each
 * aggregate then reads one index range instead of the table's rows.
 */
export class IndicateursIndex1766200000000 implements MigrationInterface {
  name = "IndicateursIndex1766200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex("facture", new TableIndex({ columnNames: ["date_emission", "statut", "montant_ttc_centimes"] }));
    await queryRunner.createIndex("facture", new TableIndex({ columnNames: ["organisme_id", "date_emission", "statut", "montant_ttc_centimes"] }));
    await queryRunner.createIndex("facture", new TableIndex({ columnNames: ["action_id", "date_emission", "statut", "montant_ttc_centimes"] }));
    await queryRunner.createIndex("facture", new TableIndex({ columnNames: ["statut", "organisme_id", "montant_ttc_centimes"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, colonnes] of [
      ["facture", "date_emission,statut,montant_ttc_centimes"],
      ["facture", "organisme_id,date_emission,statut,montant_ttc_centimes"],
      ["facture", "action_id,date_emission,statut,montant_ttc_centimes"],
      ["facture", "statut,organisme_id,montant_ttc_centimes"],
    ] as const) {
      const found = (await queryRunner.getTable(table))!.indices.find((i) => i.columnNames.join() === colonnes);
      if (found) await queryRunner.dropIndex(table, found);
    }
  }
}
