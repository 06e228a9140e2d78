import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Issue 8 at Occitanie × 10: covering indexes of the dashboard's aggregates — sessions by état (dates, places) for the whole region, an organisme, or the actions of a filtered perimeter. Each
 * aggregate then reads one index range instead of the table's rows.
 */
export class IndicateursIndex1766200000000 implements MigrationInterface {
  name = "IndicateursIndex1766200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex("session", new TableIndex({ columnNames: ["date_debut", "date_fin", "nb_places"] }));
    await queryRunner.createIndex("session", new TableIndex({ columnNames: ["organisme_id", "date_debut", "date_fin", "nb_places"] }));
    await queryRunner.createIndex("session", new TableIndex({ columnNames: ["action_id", "date_debut", "date_fin", "nb_places"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, colonnes] of [
      ["session", "date_debut,date_fin,nb_places"],
      ["session", "organisme_id,date_debut,date_fin,nb_places"],
      ["session", "action_id,date_debut,date_fin,nb_places"],
    ] as const) {
      const found = (await queryRunner.getTable(table))!.indices.find((i) => i.columnNames.join() === colonnes);
      if (found) await queryRunner.dropIndex(table, found);
    }
  }
}
