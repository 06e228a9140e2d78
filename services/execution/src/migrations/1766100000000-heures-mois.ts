import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/** Issue 8: the actions' monthly hours (HeuresMois), filled from the trainee lines already there. */
export class HeuresMois1766100000000 implements MigrationInterface {
  name = "HeuresMois1766100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "realisation_mois",
        columns: [
          { name: "action_id", type: "integer", isPrimary: true },
          { name: "mois", type: "varchar", length: "7", isPrimary: true },
          { name: "organisme_id", type: "integer" },
          { name: "realisees_centre", type: "bigint" },
          { name: "realisees_entreprise", type: "bigint" },
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO realisation_mois (action_id, mois, organisme_id, realisees_centre, realisees_entreprise)
       SELECT action_id, mois, MIN(organisme_id), SUM(realisees_centre), SUM(realisees_entreprise) FROM realisation GROUP BY action_id, mois`,
    );
    // The series without filter (by month) and an organisme's (by organisme, month): index-only.
    await queryRunner.createIndex("realisation_mois", new TableIndex({ columnNames: ["mois", "realisees_centre", "realisees_entreprise"] }));
    await queryRunner.createIndex("realisation_mois", new TableIndex({ columnNames: ["organisme_id", "mois", "realisees_centre", "realisees_entreprise"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("realisation_mois");
  }
}
