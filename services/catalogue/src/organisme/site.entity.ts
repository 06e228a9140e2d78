import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisme } from "./organisme.entity.js";

/** A place where an organisme trains (« Lieu de la session » is one of them). */
@ObjectType({ description: "Site de réalisation d'un organisme de formation." })
@Entity("site_realisation")
export class SiteRealisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @ManyToOne(() => Organisme, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "organisme_id" })
  organismeRef?: Organisme;

  @Field({ description: "Nom du site (ex. CAP 2000 TEST)." })
  @Column({ length: 100 })
  libelle: string;

  @Field(() => String, { nullable: true, description: "Adresse du site." })
  @Column({ type: "varchar", length: 255, nullable: true })
  adresse: string | null;

  @Field({ description: "Code postal (5 chiffres)." })
  @Column({ name: "code_postal", length: 5 })
  codePostal: string;

  @Field({ description: "Ville." })
  @Column({ length: 50 })
  ville: string;
}
