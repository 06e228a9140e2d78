import { DateScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Action } from "../action/action.entity.js";
import { LieuPeriode } from "./composante.enums.js";

@ObjectType({ description: "Période prévue en centre ou en entreprise (seed 001 : « Gérer les périodes »)." })
@Entity("periode_prevue")
export class PeriodePrevue {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @ManyToOne(() => Action, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "action_id" })
  actionRef?: Action;

  @Field(() => LieuPeriode, { description: "En centre ou en entreprise." })
  @Column({ type: "varchar", length: 10 })
  lieu: LieuPeriode;

  @Field(() => DateScalar, { description: "Date de début." })
  @Column({ name: "date_debut", type: "date" })
  dateDebut: string;

  @Field(() => DateScalar, { description: "Date de fin." })
  @Column({ name: "date_fin", type: "date" })
  dateFin: string;
}
