import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { COLONNE, INDEX_LISTE_ACTIONS } from "../action/action-tri.indexes.js";

/**
 * Issue 10: the screens' action tables sort one page at a time on each column, with the numéro
 * as tie-break, for one organisme or for the whole Région: one index per (scope, column).
 */
export class ListeActions1766000000000 implements MigrationInterface {
  name = "ListeActions1766000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const proprietes of INDEX_LISTE_ACTIONS) await queryRunner.createIndex("action", new TableIndex({ columnNames: proprietes.map((p) => COLONNE[p]) }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const action = await queryRunner.getTable("action");
    for (const proprietes of INDEX_LISTE_ACTIONS) {
      const columns = proprietes.map((p) => COLONNE[p]).join();
      const index = action!.indices.find((i) => i.columnNames.join() === columns);
      if (index) await queryRunner.dropIndex("action", index);
    }
  }
}
