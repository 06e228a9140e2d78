import { addOrganismeColumn } from "@sigma/kit/db/owner-column";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** Each invoice row carries its organisme, so that every read can be scoped by the caller. */
export class Proprietaire1763100000000 implements MigrationInterface {
  name = "Proprietaire1763100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await addOrganismeColumn(queryRunner, "facture");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn("facture", "organisme_id");
  }
}
