import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { big, day, fk, id, int, str } from "./columns.js";

/**
 * The offer of issue 4: organismes' VAT and sites, marchés and their sous-traitants, the whole
 * « résumé de l'action », composantes, prestations and planned periods.
 */
export class Offre1763200000000 implements MigrationInterface {
  name = "Offre1763200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns("organisme", [
      new TableColumn(str("numero_activite", 11, true)),
      new TableColumn({ name: "taux_tva_points_de_base", type: "integer", default: 0 }),
    ]);
    await q.createTable(
      new Table({
        name: "site_realisation",
        columns: [id, int("organisme_id"), str("libelle", 100), str("adresse", 255, true), str("code_postal", 5), str("ville", 50)],
        indices: [{ columnNames: ["organisme_id"] }],
        foreignKeys: [fk("organisme_id", "organisme")],
      }),
    );
    await q.createTable(
      new Table({
        name: "marche",
        columns: [id, str("numero", 40), str("dispositif", 150), str("programme", 150), str("consultation", 255), int("annee_programmation"), int("titulaire_id")],
        indices: [{ columnNames: ["numero"], isUnique: true }, { columnNames: ["titulaire_id"] }],
        foreignKeys: [fk("titulaire_id", "organisme")],
      }),
    );
    await q.createTable(
      new Table({
        name: "marche_sous_traitant",
        columns: [id, int("marche_id"), int("organisme_id")],
        indices: [{ columnNames: ["marche_id", "organisme_id"], isUnique: true }, { columnNames: ["organisme_id"] }],
        foreignKeys: [fk("marche_id", "marche"), fk("organisme_id", "organisme")],
      }),
    );
    await q.addColumns("action", [
      new TableColumn(int("marche_id", true)),
      new TableColumn({ name: "type", type: "varchar", length: "16", default: "'COLLECTIVE'" }),
      new TableColumn({ name: "effectif_total", type: "integer", default: 0 }),
      new TableColumn({ name: "effectif_remunere", type: "integer", default: 0 }),
      new TableColumn({ name: "prix_total", type: "bigint", default: 0 }),
      new TableColumn({ name: "prix_centre", type: "bigint", default: 0 }),
      new TableColumn({ name: "prix_entreprise", type: "bigint", default: 0 }),
      new TableColumn({ name: "duree_centre", type: "bigint", default: 0 }),
      new TableColumn({ name: "duree_entreprise", type: "bigint", default: 0 }),
      new TableColumn({ name: "lieu", type: "varchar", length: "100", default: "''" }),
      new TableColumn({ name: "departement", type: "varchar", length: "3", default: "''" }),
      new TableColumn({ name: "secteur", type: "varchar", length: "150", default: "''" }),
      new TableColumn({ name: "financement_fse", type: "boolean", default: 0 }),
      new TableColumn(str("numero_operation_safir", 20, true)),
      new TableColumn(str("numero_marche_safir", 20, true)),
      new TableColumn(str("instance_decisionnaire", 100, true)),
      new TableColumn(day("date_vote", true)),
    ]);
    await q.createIndex("action", new TableIndex({ columnNames: ["marche_id"] }));
    await q.createForeignKey("action", fk("marche_id", "marche"));

    await q.createTable(
      new Table({
        name: "composante",
        columns: [id, int("action_id"), int("organisme_id"), str("numero", 2), str("intitule", 255), day("date_debut"), day("date_fin"), str("ville", 50, true), str("code_postal", 5, true)],
        indices: [{ columnNames: ["action_id", "numero"], isUnique: true }, { columnNames: ["organisme_id"] }],
        foreignKeys: [fk("action_id", "action")],
      }),
    );
    await q.createTable(
      new Table({
        name: "prestation",
        columns: [
          id, int("composante_id"), int("organisme_id"), str("type", 2), str("libelle", 150), int("effectif", true),
          big("volume_moyen", true), big("volume_minimal", true), big("volume_maximal", true), big("volume_total"), big("prix_unitaire"),
        ],
        indices: [{ columnNames: ["composante_id", "type"], isUnique: true }, { columnNames: ["organisme_id"] }],
        foreignKeys: [fk("composante_id", "composante")],
      }),
    );
    await q.createTable(
      new Table({
        name: "periode_prevue",
        columns: [id, int("action_id"), str("lieu", 10), day("date_debut"), day("date_fin")],
        indices: [{ columnNames: ["action_id"] }],
        foreignKeys: [fk("action_id", "action")],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["periode_prevue", "prestation", "composante"]) {
      await q.dropTable(table, true, true, true);
    }
    const action = await q.getTable("action");
    for (const key of action?.foreignKeys.filter((k) => k.columnNames.includes("marche_id")) ?? []) await q.dropForeignKey("action", key);
    for (const index of action?.indices.filter((i) => i.columnNames.includes("marche_id")) ?? []) await q.dropIndex("action", index);
    for (const column of [
      "date_vote", "instance_decisionnaire", "numero_marche_safir", "numero_operation_safir", "financement_fse", "secteur", "departement",
      "lieu", "duree_entreprise", "duree_centre", "prix_entreprise", "prix_centre", "prix_total", "effectif_remunere", "effectif_total",
      "type", "marche_id",
    ]) {
      await q.dropColumn("action", column);
    }
    for (const table of ["marche_sous_traitant", "marche", "site_realisation"]) await q.dropTable(table, true, true, true);
    for (const column of ["taux_tva_points_de_base", "numero_activite"]) await q.dropColumn("organisme", column);
  }
}
