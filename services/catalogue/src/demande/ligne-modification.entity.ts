import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DemandeModification } from "./demande.entity.js";

/** One row of the « MODIFICATIONS » recap, computed by the server (seeds 003, 004). */
@ObjectType({ description: "Ligne du récapitulatif « MODIFICATIONS » : intitulé du champ, avant, après." })
@Entity("ligne_modification")
export class LigneModification {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "demande_id", type: "integer" })
  demandeId: number;

  @ManyToOne(() => DemandeModification, { nullable: false, onDelete: "CASCADE", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "demande_id" })
  demandeRef?: DemandeModification;

  @Column({ type: "integer" })
  ordre: number;

  @Field({ description: "Intitulé du champ (ex. 01 - FORP - Formation Projet Pro / Session n° 01 / Nb. de places)." })
  @Column({ length: 500 })
  intitule: string;

  @Field({ description: "Champ avant modification (« - » si vide)." })
  @Column({ type: "text" })
  avant: string;

  @Field({ description: "Champ après modification (« - » si vide)." })
  @Column({ type: "text" })
  apres: string;
}
