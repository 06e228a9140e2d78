import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisme } from "../organisme/organisme.entity.js";

@ObjectType({ description: "Marché / bon de commande (contrat) passé par la Région avec un titulaire." })
@Entity("marche")
export class Marche {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "Numéro du bon de commande (ex. 23P0000000)." })
  @Index({ unique: true })
  @Column({ length: 40 })
  numero: string;

  @Field({ description: "Dispositif (ex. PROJET PRO 2023)." })
  @Index()
  @Column({ length: 150 })
  dispositif: string;

  @Field({ description: "Programme (ex. PROJET PRO 2023 2023)." })
  @Column({ length: 150 })
  programme: string;

  @Field({ description: "Consultation / appel à projets." })
  @Column({ length: 255 })
  consultation: string;

  @Field(() => Int, { description: "Année de programmation." })
  @Column({ name: "annee_programmation", type: "integer" })
  anneeProgrammation: number;

  @Index()
  @Column({ name: "titulaire_id", type: "integer" })
  titulaireId: number;

  @ManyToOne(() => Organisme, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "titulaire_id" })
  titulaireRef?: Organisme;
}
