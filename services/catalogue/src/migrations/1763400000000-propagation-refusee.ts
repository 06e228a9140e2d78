import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * A real start date that execution refused (a business refusal, final) is no longer sent again:
 * `refusee_le` records when, `derniere_erreur` keeps the reason.
 */
export class PropagationRefusee1763400000000 implements MigrationInterface {
  name = "PropagationRefusee1763400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn("propagation_date_reelle", new TableColumn({ name: "refusee_le", type: "bigint", isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn("propagation_date_reelle", "refusee_le");
  }
}
