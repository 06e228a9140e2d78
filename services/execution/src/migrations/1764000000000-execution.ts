import { addOrganismeColumn } from "@sigma/kit/db/owner-column";
import { createHistoryTable } from "@sigma/kit/history/history";
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions, type TableForeignKeyOptions } from "typeorm";

const id: TableColumnOptions = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" };
const organisme: TableColumnOptions = { name: "organisme_id", type: "integer" };
const nullable = (name: string, type: string, length?: string): TableColumn =>
  new TableColumn({ name, type, ...(length ? { length } : {}), isNullable: true });
const cascadeTo = (column: string, table: string): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ["id"],
  onDelete: "CASCADE",
  onUpdate: "RESTRICT",
});

/** Opening, trainees (both tabs), trainers, monthly declarations, exits, closing, surveys, history. */
export class Execution1764000000000 implements MigrationInterface {
  name = "Execution1764000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createHistoryTable(queryRunner);

    await addOrganismeColumn(queryRunner, "action_suivi");
    await queryRunner.addColumns("action_suivi", [
      nullable("date_debut_reelle", "date"),
      nullable("date_fin_reelle", "date"),
      nullable("frequence_paiement", "varchar", "16"),
      nullable("ouverte_le", "bigint"),
      nullable("non_ouverture_le", "bigint"),
      nullable("motif_non_ouverture", "varchar", "255"),
      nullable("cloturee_le", "bigint"),
    ]);
    await queryRunner.createIndex("action_suivi", new TableIndex({ columnNames: ["statut"] }));
    await queryRunner.createIndex("action_suivi", new TableIndex({ columnNames: ["ouverte_le"] }));

    await queryRunner.addColumns("stagiaire", [
      nullable("civilite", "varchar", "3"),
      nullable("date_naissance", "date"),
      nullable("sexe", "varchar", "9"),
      nullable("nationalite", "varchar", "10"),
      nullable("categorie_socio_professionnelle", "varchar", "100"),
      nullable("adresse", "varchar", "255"),
      nullable("autre_adresse", "varchar", "255"),
      nullable("code_postal", "varchar", "5"),
      nullable("ville", "varchar", "100"),
      nullable("adresse_formation", "varchar", "255"),
      nullable("autre_adresse_formation", "varchar", "255"),
      nullable("code_postal_formation", "varchar", "5"),
      nullable("ville_formation", "varchar", "100"),
      nullable("code_insee", "varchar", "5"),
      nullable("organisme_remuneration", "varchar", "12"),
      nullable("niveau_entree", "varchar", "14"),
      nullable("tranche_age", "varchar", "14"),
      nullable("duree_chomage", "varchar", "20"),
      nullable("prescripteur", "varchar", "16"),
      nullable("beneficiaire_rmi", "boolean"),
      nullable("travailleur_handicape", "boolean"),
      new TableColumn({ name: "complet", type: "boolean", default: 0 }),
      nullable("champs_manquants", "text"),
      nullable("date_sortie", "date"),
      nullable("fin_formation", "boolean"),
      nullable("motif_sortie", "varchar", "20"),
    ]);
    await queryRunner.createIndex("stagiaire", new TableIndex({ columnNames: ["complet"] }));

    await queryRunner.createTable(
      new Table({
        name: "parcours_individualise",
        columns: [
          { name: "stagiaire_id", type: "integer", isPrimary: true },
          organisme,
          { name: "parcours_envisage", type: "text", isNullable: true },
          { name: "heures_centre", type: "bigint", isNullable: true },
          { name: "heures_entreprise", type: "bigint", isNullable: true },
          { name: "nombre_periodes_entreprise", type: "integer", isNullable: true },
          { name: "modules_enseignement_general", type: "text", isNullable: true },
          { name: "modules_enseignement_professionnel", type: "text", isNullable: true },
          { name: "objectifs_periodes_entreprise", type: "text", isNullable: true },
          { name: "objectifs_formation", type: "text", isNullable: true },
          { name: "vae_envisagee", type: "boolean", isNullable: true },
          { name: "date_debut", type: "date", isNullable: true },
          { name: "date_fin", type: "date", isNullable: true },
        ],
        indices: [{ columnNames: ["organisme_id"] }],
        foreignKeys: [cascadeTo("stagiaire_id", "stagiaire")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "periode_parcours",
        columns: [
          id,
          { name: "stagiaire_id", type: "integer" },
          organisme,
          { name: "lieu", type: "varchar", length: "10" },
          { name: "date_debut", type: "date" },
          { name: "date_fin", type: "date" },
        ],
        indices: [{ columnNames: ["stagiaire_id"] }, { columnNames: ["organisme_id"] }],
        foreignKeys: [cascadeTo("stagiaire_id", "stagiaire")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "demande_modification_stagiaire",
        columns: [
          id,
          { name: "stagiaire_id", type: "integer" },
          { name: "action_id", type: "integer" },
          organisme,
          { name: "etat", type: "varchar", length: "12" },
          { name: "motivation", type: "text" },
          { name: "contenu", type: "text" },
          { name: "modifications", type: "text" },
          { name: "emise_le", type: "bigint" },
          { name: "traitee_le", type: "bigint", isNullable: true },
          { name: "motif_refus", type: "text", isNullable: true },
        ],
        indices: [{ columnNames: ["stagiaire_id"] }, { columnNames: ["organisme_id"] }, { columnNames: ["etat"] }],
        foreignKeys: [cascadeTo("stagiaire_id", "stagiaire")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "date_debut_appliquee",
        columns: [
          id,
          { name: "reference", type: "varchar", length: "80" },
          { name: "action_id", type: "integer" },
          { name: "date", type: "date" },
          { name: "instant", type: "bigint" },
        ],
        indices: [{ columnNames: ["reference"], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "formateur",
        columns: [
          id,
          { name: "action_id", type: "integer" },
          organisme,
          { name: "nom", type: "varchar", length: "100" },
          { name: "prenom", type: "varchar", length: "100" },
          { name: "domaine", type: "varchar", length: "255" },
          { name: "heures_assurees", type: "bigint" },
          { name: "statut", type: "varchar", length: "12" },
          { name: "formation_experience", type: "text" },
        ],
        indices: [{ columnNames: ["action_id"] }, { columnNames: ["organisme_id"] }],
      }),
    );
    const heures = ["realisees_centre", "nrj_centre", "nrnj_centre", "realisees_entreprise", "nrj_entreprise", "nrnj_entreprise"];
    await queryRunner.createTable(
      new Table({
        name: "realisation",
        columns: [
          id,
          { name: "action_id", type: "integer" },
          organisme,
          { name: "stagiaire_id", type: "integer" },
          { name: "mois", type: "varchar", length: "7" },
          ...heures.map((name) => ({ name, type: "bigint" })),
        ],
        indices: [{ columnNames: ["action_id"] }, { columnNames: ["organisme_id"] }, { columnNames: ["stagiaire_id", "mois"], isUnique: true }],
        foreignKeys: [cascadeTo("stagiaire_id", "stagiaire")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "absence",
        columns: [
          id,
          { name: "realisation_id", type: "integer" },
          organisme,
          { name: "date_debut", type: "date" },
          { name: "date_fin", type: "date" },
          { name: "motif", type: "varchar", length: "100" },
          { name: "lieu", type: "varchar", length: "10" },
          { name: "justifiee", type: "boolean" },
          { name: "heures", type: "bigint" },
        ],
        indices: [{ columnNames: ["realisation_id"] }, { columnNames: ["organisme_id"] }],
        foreignKeys: [cascadeTo("realisation_id", "realisation")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "declaration_confirmation",
        columns: [
          id,
          { name: "action_id", type: "integer" },
          organisme,
          { name: "mois", type: "varchar", length: "7" },
          { name: "confirmee_le", type: "date" },
          { name: "instant", type: "bigint" },
          { name: "auteur", type: "varchar", length: "60" },
        ],
        indices: [{ columnNames: ["organisme_id"] }, { columnNames: ["action_id", "mois"], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "enquete",
        columns: [
          id,
          { name: "stagiaire_id", type: "integer" },
          { name: "action_id", type: "integer" },
          organisme,
          { name: "moment", type: "varchar", length: "10" },
          { name: "situation", type: "varchar", length: "24" },
          { name: "contrat", type: "varchar", length: "20", isNullable: true },
          { name: "saisie_le", type: "bigint" },
        ],
        indices: [{ columnNames: ["action_id"] }, { columnNames: ["organisme_id"] }, { columnNames: ["stagiaire_id", "moment"], isUnique: true }],
        foreignKeys: [cascadeTo("stagiaire_id", "stagiaire")],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "enquete", "declaration_confirmation", "absence", "realisation", "formateur", "date_debut_appliquee",
      "demande_modification_stagiaire", "periode_parcours", "parcours_individualise", "historique",
    ]) {
      await queryRunner.dropTable(table);
    }
    const stagiaire = await queryRunner.getTable("stagiaire");
    for (const column of stagiaire!.columns.filter((c) => !["id", "action_id", "nom", "prenom", "date_entree", "organisme_id"].includes(c.name))) {
      await queryRunner.dropColumn("stagiaire", column.name);
    }
    const suivi = await queryRunner.getTable("action_suivi");
    for (const column of suivi!.columns.filter((c) => !["action_id", "statut", "organisme_id"].includes(c.name))) {
      await queryRunner.dropColumn("action_suivi", column.name);
    }
    await queryRunner.dropColumn("action_suivi", "organisme_id");
  }
}
