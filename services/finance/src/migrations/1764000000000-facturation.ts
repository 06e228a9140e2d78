import { createHistoryTable } from "@sigma/kit/history/history";
import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

const cents = (name: string) => new TableColumn({ name, type: "bigint", default: 0 });

/**
 * Invoicing: the invoice becomes a snapshot (type, period, lines, HT/TVA/TTC, deductions) with a
 * workflow (signed file, Région decisions, payments); subcontractor invoices; history.
 * One invoice per period of an action and one per idempotency key: unique indexes settle
 * concurrent emissions.
 */
export class Facturation1764000000000 implements MigrationInterface {
  name = "Facturation1764000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns("facture", [
      new TableColumn({ name: "type", type: "varchar", length: "10", default: "'ACOMPTE'" }),
      new TableColumn({ name: "nature", type: "varchar", length: "20", isNullable: true }),
      new TableColumn({ name: "rang", type: "integer", isNullable: true }),
      new TableColumn({ name: "palier", type: "integer", isNullable: true }),
      new TableColumn({ name: "cle_periode", type: "varchar", length: "40", default: "''" }),
      new TableColumn({ name: "cle_idempotence", type: "varchar", length: "80", isNullable: true }),
      new TableColumn({ name: "mois_debut", type: "varchar", length: "7", isNullable: true }),
      new TableColumn({ name: "mois_fin", type: "varchar", length: "7", isNullable: true }),
      cents("realise_ht_centimes"),
      cents("report_solde_centimes"),
      cents("sous_traitance_centimes"),
      new TableColumn({ name: "taux_tva_pdb", type: "integer", default: 0 }),
      cents("tva_centimes"),
      cents("avance_recuperee_centimes"),
      cents("a_payer_centimes"),
      cents("realise_cumule_centimes"),
      new TableColumn({ name: "instantane", type: "text", isNullable: true }),
      new TableColumn({ name: "motif_rejet", type: "varchar", length: "500", isNullable: true }),
      new TableColumn({ name: "date_decision", type: "date", isNullable: true }),
      new TableColumn({ name: "fichier_sha256", type: "varchar", length: "64", isNullable: true }),
      new TableColumn({ name: "fichier_nom", type: "varchar", length: "255", isNullable: true }),
      new TableColumn({ name: "fichier_taille", type: "integer", isNullable: true }),
      new TableColumn({ name: "fichier_signature", type: "varchar", length: "16", isNullable: true }),
      new TableColumn({ name: "date_depot", type: "date", isNullable: true }),
      new TableColumn({ name: "version", type: "integer", default: 1 }),
    ]);
    // Existing invoices get a period key of their own, then the key loses its default.
    for (const row of (await q.query("SELECT id FROM facture")) as { id: number }[]) {
      await q.query("UPDATE facture SET cle_periode = ? WHERE id = ?", [`ID-${row.id}`, row.id]);
    }
    await q.changeColumn("facture", "cle_periode", new TableColumn({ name: "cle_periode", type: "varchar", length: "40" }));
    await q.createIndex("facture", new TableIndex({ columnNames: ["action_id", "cle_periode"], isUnique: true }));
    await q.createIndex("facture", new TableIndex({ columnNames: ["organisme_id", "cle_idempotence"], isUnique: true }));
    await q.createIndex("facture", new TableIndex({ columnNames: ["statut"] }));

    await q.createTable(
      new Table({
        name: "ligne_facture",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "facture_id", type: "integer" },
          { name: "organisme_id", type: "integer" },
          { name: "ordre", type: "integer" },
          { name: "prestation", type: "varchar", length: "4" },
          { name: "libelle", type: "varchar", length: "120" },
          { name: "quantite", type: "bigint" },
          { name: "prix_unitaire_centimes", type: "bigint" },
          { name: "montant_centimes", type: "bigint" },
        ],
        indices: [{ columnNames: ["facture_id"] }, { columnNames: ["organisme_id"] }],
        foreignKeys: [new TableForeignKey({ columnNames: ["facture_id"], referencedTableName: "facture", referencedColumnNames: ["id"], onDelete: "RESTRICT", onUpdate: "RESTRICT" })],
      }),
    );
    await q.createTable(
      new Table({
        name: "paiement",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "facture_id", type: "integer" },
          { name: "organisme_id", type: "integer" },
          { name: "date_paiement", type: "date" },
          { name: "montant_centimes", type: "bigint" },
          { name: "reference", type: "varchar", length: "60" },
        ],
        indices: [{ columnNames: ["facture_id"] }, { columnNames: ["organisme_id"] }, { columnNames: ["facture_id", "reference"], isUnique: true }],
        foreignKeys: [new TableForeignKey({ columnNames: ["facture_id"], referencedTableName: "facture", referencedColumnNames: ["id"], onDelete: "RESTRICT", onUpdate: "RESTRICT" })],
      }),
    );
    await q.createTable(
      new Table({
        name: "sous_traitance",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "action_id", type: "integer" },
          { name: "organisme_id", type: "integer" },
          { name: "sous_traitant_id", type: "integer" },
          { name: "sous_traitant_nom", type: "varchar", length: "255" },
          { name: "montant_ht_centimes", type: "bigint" },
          { name: "date_saisie", type: "date" },
          { name: "facture_id", type: "integer", isNullable: true },
        ],
        indices: [{ columnNames: ["action_id"] }, { columnNames: ["organisme_id"] }, { columnNames: ["facture_id"] }],
      }),
    );
    await q.createTable(
      new Table({
        name: "synchro",
        columns: [
          { name: "nom", type: "varchar", length: "40", isPrimary: true },
          { name: "valeur", type: "varchar", length: "40" },
        ],
      }),
    );
    await createHistoryTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["historique", "synchro", "sous_traitance", "paiement", "ligne_facture"]) await q.dropTable(table);
  }
}
