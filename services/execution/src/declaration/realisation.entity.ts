import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";

/** One trainee's hours for one month (seed 001 § 3.5 « Suivi horaire »), in hundredths of an hour. */
@Entity("realisation")
@Index(["stagiaireId", "mois"], { unique: true })
// Issue 8: covering index of the dashboard's hour sums by action and month (no row lookups).
@Index(["actionId", "mois", "realiseesCentre", "realiseesEntreprise"])
export class Realisation {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Column({ name: "stagiaire_id", type: "integer" })
  stagiaireId: number;

  @ManyToOne(() => Stagiaire, { onDelete: "CASCADE", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "stagiaire_id" })
  stagiaireRef?: Stagiaire;

  /** "2007-01". */
  @Column({ length: 7 })
  mois: string;

  @Column({ name: "realisees_centre", type: "bigint", transformer: integerTransformer })
  realiseesCentre: number;

  @Column({ name: "nrj_centre", type: "bigint", transformer: integerTransformer })
  nonRealiseesJustifieesCentre: number;

  @Column({ name: "nrnj_centre", type: "bigint", transformer: integerTransformer })
  nonRealiseesNonJustifieesCentre: number;

  @Column({ name: "realisees_entreprise", type: "bigint", transformer: integerTransformer })
  realiseesEntreprise: number;

  @Column({ name: "nrj_entreprise", type: "bigint", transformer: integerTransformer })
  nonRealiseesJustifieesEntreprise: number;

  @Column({ name: "nrnj_entreprise", type: "bigint", transformer: integerTransformer })
  nonRealiseesNonJustifieesEntreprise: number;
}
