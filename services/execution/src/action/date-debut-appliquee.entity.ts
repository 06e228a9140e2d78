import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A Région-validated real start date applied on catalogue's request: its reference makes the call idempotent. */
@Entity("date_debut_appliquee")
export class DateDebutAppliquee {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ length: 80 })
  reference: string;

  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @Column({ type: "date" })
  date: string;

  @Column({ type: "bigint", transformer: integerTransformer })
  instant: number;
}
