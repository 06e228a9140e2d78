import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A Région-validated new real start date that execution must apply, written in the same
 * transaction as the validation; a relay calls execution's appliquerDateDebutReelle until it
 * answers (idempotent by `reference`), so neither a slow nor a stopped execution loses it. A
 * refusal by execution is final: recorded with its reason (`refuseeLe`, `derniereErreur`).
 */
@Entity("propagation_date_reelle")
@Index(["appliqueeLe", "prochainEssaiLe"])
export class PropagationDateReelle {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ length: 60 })
  reference: string;

  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @Column({ type: "date" })
  date: string;

  @Column({ name: "cree_le", type: "bigint", transformer: integerTransformer })
  creeLe: number;

  @Column({ name: "appliquee_le", type: "bigint", nullable: true, transformer: integerTransformer })
  appliqueeLe: number | null;

  @Column({ type: "integer", default: 0 })
  tentatives: number;

  /** Epoch ms before which the relay leaves the row alone (back-off after a failure). */
  @Column({ name: "prochain_essai_le", type: "bigint", default: 0, transformer: integerTransformer })
  prochainEssaiLe: number;

  @Column({ name: "derniere_erreur", type: "varchar", length: 500, nullable: true })
  derniereErreur: string | null;

  /** Epoch ms at which execution refused the date (a business refusal, final: never sent again); the reason is in derniereErreur. */
  @Column({ name: "refusee_le", type: "bigint", nullable: true, transformer: integerTransformer })
  refuseeLe: number | null;
}
