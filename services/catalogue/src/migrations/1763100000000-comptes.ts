import { Table, TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/** Accounts, password-reset links, the e-mail outbox, and the organisme's address. */
export class Comptes1763100000000 implements MigrationInterface {
  name = "Comptes1763100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns("organisme", [
      new TableColumn({ name: "adresse", type: "varchar", length: "255", isNullable: true }),
      new TableColumn({ name: "complement_adresse", type: "varchar", length: "255", isNullable: true }),
      new TableColumn({ name: "code_postal", type: "varchar", length: "5", isNullable: true }),
      new TableColumn({ name: "ville", type: "varchar", length: "100", isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: "compte",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "identifiant", type: "varchar", length: "60" },
          { name: "email", type: "varchar", length: "254" },
          { name: "mot_de_passe", type: "varchar", length: "255" },
          { name: "role", type: "varchar", length: "12" },
          { name: "organisme_id", type: "integer", isNullable: true },
          { name: "echecs_connexion", type: "integer", default: 0 },
          { name: "verrouille_jusqua", type: "bigint", isNullable: true },
        ],
        indices: [{ columnNames: ["identifiant"], isUnique: true }, { columnNames: ["email"] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "reinitialisation",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "jeton_sha256", type: "varchar", length: "64" },
          { name: "compte_id", type: "integer" },
          { name: "expire_le", type: "bigint" },
          { name: "utilise_le", type: "bigint", isNullable: true },
        ],
        indices: [{ columnNames: ["jeton_sha256"], isUnique: true }, { columnNames: ["compte_id"] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "outbox",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "destinataire", type: "varchar", length: "254" },
          { name: "sujet", type: "varchar", length: "200" },
          { name: "corps", type: "text" },
          { name: "cree_le", type: "bigint" },
          { name: "envoye_le", type: "bigint", isNullable: true },
        ],
        indices: [{ columnNames: ["envoye_le"] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("outbox");
    await queryRunner.dropTable("reinitialisation");
    await queryRunner.dropTable("compte");
    for (const column of ["ville", "code_postal", "complement_adresse", "adresse"]) await queryRunner.dropColumn("organisme", column);
  }
}
