import { Column, Entity, PrimaryColumn } from "typeorm";
import { StatutAction } from "./statut-action.enum.js";

/** Execution's own record of an action (the action itself belongs to catalogue). */
@Entity("action_suivi")
export class ActionSuivi {
  @PrimaryColumn({ name: "action_id", type: "integer" })
  actionId: number;

  @Column({ type: "varchar", length: 12, default: StatutAction.AO })
  statut: StatutAction;
}
