import { createHistoryTable } from "@sigma/kit/history/history";
import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { big, day, fk, id, int, str, text } from "./columns.js";

/**
 * Sessions, informations collectives, demandes de modification with their recap, the CARIF
 * feed counter, the outbox of real start dates for execution, and the history table.
 */
export class Sessions1763300000000 implements MigrationInterface {
  name = "Sessions1763300000000";

  async up(q: QueryRunner): Promise<void> {
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
          { name: "tentatives", type: "integer", default: 0 }, { name: "prochain_essai_le", type: "bigint", default: 0 },
          str("derniere_erreur", 500, true),
        ],
        indices: [{ columnNames: ["reference"], isUnique: true }, { columnNames: ["appliquee_le", "prochain_essai_le"] }],
      }),
    );
    await createHistoryTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["historique", "propagation_date_reelle", "compteur", "ligne_modification", "demande_modification", "information_collective", "session"]) {
      await q.dropTable(table, true, true, true);
    }
  }
}
