import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

const INDEXES = [
  ["organisme_id", "statut", "action_id"],
  ["statut", "action_id"],
];

/** Issue 10: `actionsParStatut` pages an organisme's (or the Région's) actions of some statuts by id. */
export class ActionsParStatut1766000000000 implements MigrationInterface {
  name = "ActionsParStatut1766000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const columnNames of INDEXES) await queryRunner.createIndex("action_suivi", new TableIndex({ columnNames }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable("action_suivi");
    for (const columnNames of INDEXES) {
      const index = table!.indices.find((i) => i.columnNames.join() === columnNames.join());
      if (index) await queryRunner.dropIndex("action_suivi", index);
    }
  }
}
