import { createDimensionTable } from "@sigma/kit/indicateurs/dimension-action.migration";
import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/** Issue 8: the copy of catalogue's action dimensions that filters the dashboard's figures. */
export class Indicateurs1765800000000 implements MigrationInterface {
  name = "Indicateurs1765800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createDimensionTable(queryRunner);
    // The dashboard's hour sums read only these columns: joined by action, grouped by month.
    await queryRunner.createIndex("realisation", new TableIndex({ columnNames: ["action_id", "mois", "realisees_centre", "realisees_entreprise"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const realisation = await queryRunner.getTable("realisation");
    await queryRunner.dropIndex("realisation", realisation!.indices.find((i) => i.columnNames.join() === "action_id,mois,realisees_centre,realisees_entreprise")!);
    await queryRunner.dropTable("indicateur_action");
  }
}
