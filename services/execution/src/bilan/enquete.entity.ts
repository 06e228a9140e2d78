import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { ContratTravail, MomentEnquete, SituationStagiaire } from "./enquete.enums.js";

/** A trainee's « fiche de suivi » at exit, 6 months or 1 year (seed 001 § 3.7.2). */
@ObjectType("EnqueteSuivi", { description: "Fiche de suivi d'un stagiaire (à la sortie, à 6 mois, à 1 an)." })
@Entity("enquete")
@Index(["stagiaireId", "moment"], { unique: true })
export class Enquete {
  @Field(() => ID, { description: "Identifiant de la fiche de suivi." })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: "stagiaire_id", type: "integer" })
  stagiaireId: number;

  @ManyToOne(() => Stagiaire, { onDelete: "CASCADE", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "stagiaire_id" })
  stagiaireRef?: Stagiaire;

  @Index()
  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field(() => MomentEnquete, { description: "Moment de l'enquête." })
  @Column({ type: "varchar", length: 10 })
  moment: MomentEnquete;

  @Field(() => SituationStagiaire, { description: "Situation du stagiaire." })
  @Column({ type: "varchar", length: 24 })
  situation: SituationStagiaire;

  @Field(() => ContratTravail, { nullable: true, description: "Contrat, pour un emploi." })
  @Column({ type: "varchar", length: 20, nullable: true })
  contrat: ContratTravail | null;

  /** Epoch ms of the last save. */
  @Column({ name: "saisie_le", type: "bigint", transformer: integerTransformer })
  saisieLe: number;
}
