import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { DateScalar, HeuresScalar } from "@sigma/kit/schema/scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { LieuFormation } from "../stagiaire/stagiaire.enums.js";
import { Realisation } from "./realisation.entity.js";

/** An absence period of a trainee's month: its hours make up the « non réalisées » columns. */
@ObjectType("PeriodeAbsence", { description: "Période d'absence d'un stagiaire pendant le mois déclaré." })
@Entity("absence")
export class Absence {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "realisation_id", type: "integer" })
  realisationId: number;

  @ManyToOne(() => Realisation, { onDelete: "CASCADE", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "realisation_id" })
  realisationRef?: Realisation;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field(() => DateScalar, { description: "Date de début de la période d'absence." })
  @Column({ name: "date_debut", type: "date" })
  dateDebut: string;

  @Field(() => DateScalar, { description: "Date de fin de la période d'absence." })
  @Column({ name: "date_fin", type: "date" })
  dateFin: string;

  @Field({ description: "Motif d'absence." })
  @Column({ length: 100 })
  motif: string;

  @Field(() => LieuFormation, { description: "Lieu d'absence : en centre ou en entreprise." })
  @Column({ type: "varchar", length: 10 })
  lieu: LieuFormation;

  @Field({ description: "Absence justifiée (heures non réalisées justifiées) ou non." })
  @Column({ type: "boolean" })
  justifiee: boolean;

  @Field(() => HeuresScalar, { description: "Nombre d'heures d'absence." })
  @Column({ type: "bigint", transformer: integerTransformer })
  heures: number;
}
