import { createHistoryTable } from "@sigma/kit/history/history";
import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

type Column = NonNullable<ConstructorParameters<typeof TableColumn>[0]>;
const id: Column = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" };
const int = (name: string, isNullable = false): Column => ({ name, type: "integer", isNullable });
const big = (name: string, isNullable = false): Column => ({ name, type: "bigint", isNullable });
const str = (name: string, length: number, isNullable = false): Column => ({ name, type: "varchar", length: String(length), isNullable });
const day = (name: string, isNullable = false): Column => ({ name, type: "date", isNullable });
const text = (name: string, isNullable = false): Column => ({ name, type: "text", isNullable });

function fk(column: string, table: string, onDelete: "RESTRICT" | "CASCADE" = "RESTRICT"): TableForeignKey {
  return new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ["id"], onDelete, onUpdate: "RESTRICT" });
}

/**
 * The offer of issue 4: organismes' VAT and sites, marchés and their sous-traitants, the whole
 * « résumé de l'action », composantes, prestations, planned periods, sessions, informations
 * collectives, demandes de modification with their recap, the feed counter, the outbox of real
 * start dates for execution, and the history table.
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
    await q.createTable(
      new Table({
        name: "session",
        columns: [
          id, int("action_id"), int("composante_id"), int("organisme_id"), str("numero", 2), day("date_debut"), day("date_fin"),
          int("site_id"), int("nb_places"), str("code_offre_info", 20, true), big("cree_le"), big("modifie_le"), big("sequence"),
        ],
        indices: [
          { columnNames: ["composante_id", "numero"], isUnique: true },
          { columnNames: ["action_id"] },
          { columnNames: ["organisme_id"] },
          { columnNames: ["site_id"] },
          { columnNames: ["sequence"], isUnique: true },
        ],
        foreignKeys: [fk("action_id", "action"), fk("composante_id", "composante"), fk("site_id", "site_realisation")],
      }),
    );
    await q.createTable(
      new Table({
        name: "information_collective",
        columns: [
          id, int("session_id"), day("date"), str("heure_debut", 5), str("heure_fin", 5), int("nb_places"), str("commentaire", 500, true),
          str("numero_voie", 10, true), str("extension_voie", 10, true), str("type_voie", 30, true), str("libelle_voie", 100),
          str("complement", 100, true), str("mention_speciale", 100, true), str("code_postal", 5), str("ville", 50), str("cedex", 20, true),
          big("modifie_le"),
        ],
        indices: [{ columnNames: ["session_id"] }],
        foreignKeys: [fk("session_id", "session")],
      }),
    );
    await q.createTable(
      new Table({
        name: "demande_modification",
        columns: [
          id, int("action_id"), int("organisme_id"), str("type", 40), str("etat", 24), int("en_cours", true), int("composante_id", true),
          int("session_id", true), str("emetteur", 60), str("emetteur_libelle", 300), day("date_emission", true), text("motivation", true),
          text("observations", true), text("contenu", true), big("cree_le"), big("modifie_le"),
        ],
        indices: [
          { columnNames: ["action_id", "type", "en_cours"], isUnique: true },
          { columnNames: ["action_id"] },
          { columnNames: ["organisme_id"] },
          { columnNames: ["composante_id"] },
          { columnNames: ["session_id"] },
        ],
        foreignKeys: [fk("action_id", "action"), fk("composante_id", "composante"), fk("session_id", "session")],
      }),
    );
    await q.createTable(
      new Table({
        name: "ligne_modification",
        columns: [id, int("demande_id"), int("ordre"), str("intitule", 500), text("avant"), text("apres")],
        indices: [{ columnNames: ["demande_id"] }],
        foreignKeys: [fk("demande_id", "demande_modification", "CASCADE")],
      }),
    );
    await q.createTable(
      new Table({ name: "compteur", columns: [{ name: "nom", type: "varchar", length: "40", isPrimary: true }, big("valeur")] }),
    );
    await q.createTable(
      new Table({
        name: "propagation_date_reelle",
        columns: [
          id, str("reference", 60), int("action_id"), day("date"), big("cree_le"), big("appliquee_le", true),
          { name: "tentatives", type: "integer", default: 0 }, str("derniere_erreur", 500, true),
        ],
        indices: [{ columnNames: ["reference"], isUnique: true }, { columnNames: ["appliquee_le"] }],
      }),
    );
    await createHistoryTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "historique", "propagation_date_reelle", "compteur", "ligne_modification", "demande_modification", "information_collective",
      "session", "periode_prevue", "prestation", "composante",
    ]) {
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
