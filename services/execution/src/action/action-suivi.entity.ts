import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { FrequencePaiement } from "./frequence-paiement.enum.js";
import { StatutAction } from "./statut-action.enum.js";

/**
 * Execution's own record of an action (the action itself belongs to catalogue): created at
 * the first write on the action, with the organisme read from catalogue then, so that every
 * later read of the action's execution is scoped without asking catalogue again.
 */
@Entity("action_suivi")
@Index(["organismeId", "statut", "actionId"])
@Index(["statut", "actionId"])
// Issue 8: covering indexes of the dashboard's aggregates (migration IndicateursIndex1766200000000).
@Index(["statut", "organismeId", "dateDebutReelle"])
export class ActionSuivi {
  @PrimaryColumn({ name: "action_id", type: "integer" })
  actionId: number;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Index()
  @Column({ type: "varchar", length: 12, default: StatutAction.AO })
  statut: StatutAction;

  @Column({ name: "date_debut_reelle", type: "date", nullable: true })
  dateDebutReelle: string | null;

  @Column({ name: "date_fin_reelle", type: "date", nullable: true })
  dateFinReelle: string | null;

  @Column({ name: "frequence_paiement", type: "varchar", length: 16, nullable: true })
  frequencePaiement: FrequencePaiement | null;

  /** Epoch ms of the opening (AO → EC): finance polls `actionsOuvertes(depuis)` on it. */
  @Index()
  @Column({ name: "ouverte_le", type: "bigint", nullable: true, transformer: integerTransformer })
  ouverteLe: number | null;

  /** Epoch ms of the « non ouverture » declaration. */
  @Column({ name: "non_ouverture_le", type: "bigint", nullable: true, transformer: integerTransformer })
  nonOuvertureLe: number | null;

  @Column({ name: "motif_non_ouverture", type: "varchar", length: 255, nullable: true })
  motifNonOuverture: string | null;

  /** Epoch ms of the closing (EC → clôturée). */
  @Column({ name: "cloturee_le", type: "bigint", nullable: true, transformer: integerTransformer })
  clotureeLe: number | null;
}
