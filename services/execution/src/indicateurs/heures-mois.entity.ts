import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * The monthly hours of an action, summed over its trainees (issue 8): the dashboard's hours and
 * their monthly series read these ~15 rows per action instead of the ~120 trainee lines of
 * `realisation` (800 000 rows instead of 6 000 000 at Occitanie × 10). Kept equal to
 * `SUM(realisation) GROUP BY action_id, mois` in the transaction of every write of a line
 * (heures-mois.ts); the migration fills it from the lines already there.
 */
@Entity("realisation_mois")
@Index(["mois", "realiseesCentre", "realiseesEntreprise"])
@Index(["organismeId", "mois", "realiseesCentre", "realiseesEntreprise"])
export class HeuresMois {
  @PrimaryColumn({ name: "action_id", type: "integer" })
  actionId: number;

  @PrimaryColumn({ type: "varchar", length: 7 })
  mois: string;

  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  /** Hundredths of an hour. */
  @Column({ name: "realisees_centre", type: "bigint", transformer: integerTransformer })
  realiseesCentre: number;

  @Column({ name: "realisees_entreprise", type: "bigint", transformer: integerTransformer })
  realiseesEntreprise: number;
}
