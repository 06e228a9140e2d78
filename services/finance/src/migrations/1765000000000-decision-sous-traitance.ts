import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/** The Région validates or rejects a subcontractor's invoice (seed 001 § 3.6): its decision, reason, date and lock. */
export class DecisionSousTraitance1765000000000 implements MigrationInterface {
  name = "DecisionSousTraitance1765000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns("sous_traitance", [
      new TableColumn({ name: "statut", type: "varchar", length: "16", default: "'EN_ATTENTE'" }),
      new TableColumn({ name: "motif_rejet", type: "varchar", length: "500", isNullable: true }),
      new TableColumn({ name: "date_decision", type: "date", isNullable: true }),
      new TableColumn({ name: "version", type: "integer", default: 1 }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const column of ["version", "date_decision", "motif_rejet", "statut"]) await q.dropColumn("sous_traitance", column);
  }
}
