import { DateScalar } from "@sigma/kit/schema/scalars";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisme } from "../organisme/organisme.entity.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "Action de formation d'un bon de commande (le « résumé de l'action »)." })
@Entity("action")
export class Action {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "Numéro d'action (ex. 23P0000000_TEST_1)." })
  @Index({ unique: true })
  @Column({ length: 40 })
  numero: string;

  @Field({ description: "Intitulé de l'action." })
  @Column({ length: 255 })
  intitule: string;

  @Field({ description: "Numéro du marché / bon de commande (ex. 23P0000000)." })
  @Index()
  @Column({ name: "numero_contrat", length: 40 })
  numeroContrat: string;

  @Field(() => Int, { description: "Année de programmation." })
  @Index()
  @Column({ name: "annee_programmation", type: "int" })
  anneeProgrammation: number;

  @Field(() => DateScalar, { description: "Date de début prévue." })
  @Column({ name: "date_debut_prevue", type: "date" })
  dateDebutPrevue: string;

  @Field(() => DateScalar, { description: "Date de fin prévue." })
  @Column({ name: "date_fin_prevue", type: "date" })
  dateFinPrevue: string;

  @Index()
  @Column({ name: "organisme_id", type: "int" })
  organismeId: number;

  /** Declares the foreign key; the GraphQL field is resolved through a loader, never eagerly. */
  @ManyToOne(() => Organisme, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "organisme_id" })
  organismeRef?: Organisme;
}
