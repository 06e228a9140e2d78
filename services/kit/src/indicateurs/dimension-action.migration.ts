import { Table, TableIndex, type QueryRunner } from "typeorm";

/** The `indicateur_action` table (DimensionAction), for execution's and finance's migrations. */
export async function createDimensionTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: "indicateur_action",
      columns: [
        { name: "action_id", type: "integer", isPrimary: true },
        { name: "organisme_id", type: "integer" },
        { name: "annee_programmation", type: "integer" },
        { name: "dispositif", type: "varchar", length: "150" },
        { name: "departement", type: "varchar", length: "3" },
        { name: "date_debut_prevue", type: "date" },
        { name: "date_fin_prevue", type: "date" },
        { name: "heures_contractualisees", type: "bigint", default: 0 },
      ],
    }),
  );
  await queryRunner.createIndex("indicateur_action", new TableIndex({ columnNames: ["organisme_id", "annee_programmation"] }));
  await queryRunner.createIndex("indicateur_action", new TableIndex({ columnNames: ["annee_programmation"] }));
  await queryRunner.createIndex("indicateur_action", new TableIndex({ columnNames: ["dispositif"] }));
  await queryRunner.createIndex("indicateur_action", new TableIndex({ columnNames: ["departement"] }));
  await queryRunner.createIndex("indicateur_action", new TableIndex({ columnNames: ["date_fin_prevue"] }));
}
