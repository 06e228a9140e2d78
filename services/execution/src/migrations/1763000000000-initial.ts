import { Table, type MigrationInterface, type QueryRunner } from "typeorm";

/** Execution's follow-up of actions and their trainees (portable Table API: MySQL and SQLite). */
export class Initial1763000000000 implements MigrationInterface {
  name = "Initial1763000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "action_suivi",
        columns: [
          { name: "action_id", type: "integer", isPrimary: true },
          { name: "statut", type: "varchar", length: "12", default: "'AO'" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "stagiaire",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "action_id", type: "integer" },
          { name: "nom", type: "varchar", length: "100" },
          { name: "prenom", type: "varchar", length: "100" },
          { name: "date_entree", type: "date", isNullable: true },
        ],
        indices: [{ columnNames: ["action_id"] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("stagiaire");
    await queryRunner.dropTable("action_suivi");
  }
}
