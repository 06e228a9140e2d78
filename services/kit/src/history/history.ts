import { Table, TableIndex, type EntityManager, type QueryRunner } from "typeorm";
import type { Caller } from "../auth/caller.js";
import type { Clock } from "../clock/clock.js";
import { EvenementHistorique } from "./historique.entity.js";

export interface HistoryEvent {
  objetType: string;
  objetId: string | number;
  action: string;
  organismeId: number | null;
  avant?: unknown;
  apres?: unknown;
}

/** Appends one event, inside the caller's transaction (the change and its history land together). */
export async function recordHistory(tx: EntityManager, caller: Caller, clock: Clock, event: HistoryEvent): Promise<void> {
  await tx.getRepository(EvenementHistorique).insert({
    objetType: event.objetType,
    objetId: String(event.objetId),
    action: event.action,
    auteur: caller.identifiant,
    auteurRole: caller.role,
    organismeId: event.organismeId,
    instant: clock.now().getTime(),
    avant: event.avant === undefined ? null : JSON.stringify(event.avant),
    apres: event.apres === undefined ? null : JSON.stringify(event.apres),
  });
}

/** The `historique` table, for each subgraph's migrations. */
export async function createHistoryTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: "historique",
      columns: [
        { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
        { name: "objet_type", type: "varchar", length: "40" },
        { name: "objet_id", type: "varchar", length: "40" },
        { name: "action", type: "varchar", length: "60" },
        { name: "auteur", type: "varchar", length: "60" },
        { name: "auteur_role", type: "varchar", length: "12" },
        { name: "organisme_id", type: "integer", isNullable: true },
        { name: "instant", type: "bigint" },
        { name: "avant", type: "text", isNullable: true },
        { name: "apres", type: "text", isNullable: true },
      ],
    }),
  );
  await queryRunner.createIndex("historique", new TableIndex({ columnNames: ["objet_type", "objet_id"] }));
  await queryRunner.createIndex("historique", new TableIndex({ columnNames: ["organisme_id"] }));
}
