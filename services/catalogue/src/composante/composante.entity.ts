import { DateScalar } from "@sigma/kit/schema/scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Action } from "../action/action.entity.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "Composante d'une action (« Infos pédagogiques » : liste des composantes)." })
@Entity("composante")
@Index(["actionId", "numero"], { unique: true })
export class Composante {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @ManyToOne(() => Action, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "action_id" })
  actionRef?: Action;

  /** Owner of the action, copied here so that every read filters in one statement. */
  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field({ description: "Numéro de la composante (ex. 01)." })
  @Column({ length: 2 })
  numero: string;

  @Field({ description: "Intitulé (ex. FORP - Formation Projet Pro)." })
  @Column({ length: 255 })
  intitule: string;

  @Field(() => DateScalar, { description: "Date de début." })
  @Column({ name: "date_debut", type: "date" })
  dateDebut: string;

  @Field(() => DateScalar, { description: "Date de fin." })
  @Column({ name: "date_fin", type: "date" })
  dateFin: string;

  @Field(() => String, { nullable: true, description: "Ville." })
  @Column({ type: "varchar", length: 50, nullable: true })
  ville: string | null;

  @Field(() => String, { nullable: true, description: "Code postal." })
  @Column({ name: "code_postal", type: "varchar", length: 5, nullable: true })
  codePostal: string | null;

  /** « 01 - FORP - Formation Projet Pro », as the recaps of seed 004 name it. */
  get libelle(): string {
    return `${this.numero} - ${this.intitule}`;
  }
}
