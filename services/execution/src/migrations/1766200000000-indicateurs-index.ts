import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Issue 8 at Occitanie × 10: covering indexes of the dashboard's aggregates — trainees entered / present (entry and exit dates) for the region, an organisme or the actions of a filtered perimeter; partial records of an organisme (home counters); running actions' real start (pending declarations). Each
 * aggregate then reads one index range instead of the table's rows.
 */
export class IndicateursIndex1766200000000 implements MigrationInterface {
  name = "IndicateursIndex1766200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex("stagiaire", new TableIndex({ columnNames: ["date_entree", "date_sortie"] }));
    await queryRunner.createIndex("stagiaire", new TableIndex({ columnNames: ["organisme_id", "date_entree", "date_sortie"] }));
    await queryRunner.createIndex("stagiaire", new TableIndex({ columnNames: ["action_id", "date_entree", "date_sortie"] }));
    await queryRunner.createIndex("stagiaire", new TableIndex({ columnNames: ["complet", "organisme_id", "action_id"] }));
    await queryRunner.createIndex("action_suivi", new TableIndex({ columnNames: ["statut", "organisme_id", "date_debut_reelle"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, colonnes] of [
      ["stagiaire", "date_entree,date_sortie"],
      ["stagiaire", "organisme_id,date_entree,date_sortie"],
      ["stagiaire", "action_id,date_entree,date_sortie"],
      ["stagiaire", "complet,organisme_id,action_id"],
      ["action_suivi", "statut,organisme_id,date_debut_reelle"],
    ] as const) {
      const found = (await queryRunner.getTable(table))!.indices.find((i) => i.columnNames.join() === colonnes);
      if (found) await queryRunner.dropIndex(table, found);
    }
  }
}
