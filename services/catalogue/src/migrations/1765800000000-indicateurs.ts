import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Issue 8: the dashboard filters actions by département and by the marché's dispositif (année
 * and organisme already have their index on `action`).
 */
export class Indicateurs1765800000000 implements MigrationInterface {
  name = "Indicateurs1765800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex("action", new TableIndex({ columnNames: ["departement"] }));
    await queryRunner.createIndex("marche", new TableIndex({ columnNames: ["dispositif"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const action = await queryRunner.getTable("action");
    const marche = await queryRunner.getTable("marche");
    await queryRunner.dropIndex("action", action!.indices.find((i) => i.columnNames.join() === "departement")!);
    await queryRunner.dropIndex("marche", marche!.indices.find((i) => i.columnNames.join() === "dispositif")!);
  }
}
