import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** Named counters (one row each), incremented inside the writer's transaction. */
@Entity("compteur")
export class Compteur {
  @PrimaryColumn({ length: 40 })
  nom: string;

  @Column({ type: "bigint", transformer: integerTransformer })
  valeur: number;
}
