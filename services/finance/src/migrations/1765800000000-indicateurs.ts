import { createDimensionTable } from "@sigma/kit/indicateurs/dimension-action.migration";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** Issue 8: the copy of catalogue's action dimensions that filters the dashboard's figures. */
export class Indicateurs1765800000000 implements MigrationInterface {
  name = "Indicateurs1765800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createDimensionTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("indicateur_action");
  }
}
