import { Table, TableForeignKey, type MigrationInterface, type QueryRunner } from "typeorm";

/** Organismes and actions. Written with TypeORM's portable Table API: the same migration runs on MySQL and SQLite. */
export class Initial1763000000000 implements MigrationInterface {
  name = "Initial1763000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "organisme",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "code", type: "varchar", length: "20" },
          { name: "raison_sociale", type: "varchar", length: "255" },
          { name: "siret", type: "varchar", length: "14" },
        ],
        indices: [{ columnNames: ["code"], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "action",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "numero", type: "varchar", length: "40" },
          { name: "intitule", type: "varchar", length: "255" },
          { name: "numero_contrat", type: "varchar", length: "40" },
          { name: "annee_programmation", type: "integer" },
          { name: "date_debut_prevue", type: "date" },
          { name: "date_fin_prevue", type: "date" },
          { name: "organisme_id", type: "integer" },
        ],
        indices: [
          { columnNames: ["numero"], isUnique: true },
          { columnNames: ["numero_contrat"] },
          { columnNames: ["annee_programmation"] },
          { columnNames: ["organisme_id"] },
        ],
      }),
    );
    await queryRunner.createForeignKey(
      "action",
      new TableForeignKey({
        columnNames: ["organisme_id"],
        referencedTableName: "organisme",
        referencedColumnNames: ["id"],
        onDelete: "RESTRICT",
        onUpdate: "RESTRICT",
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("action");
    await queryRunner.dropTable("organisme");
  }
}
