import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** The OF's confirmation of an action's month (seed 001 § 3.5.1): from then on the month is frozen. */
@Entity("declaration_confirmation")
@Index(["actionId", "mois"], { unique: true })
export class DeclarationConfirmation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Column({ length: 7 })
  mois: string;

  /** The Paris calendar day of the confirmation. */
  @Column({ name: "confirmee_le", type: "date" })
  confirmeeLe: string;

  @Column({ type: "bigint", transformer: integerTransformer })
  instant: number;

  @Column({ length: 60 })
  auteur: string;
}
