import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisme } from "../organisme/organisme.entity.js";
import { Marche } from "./marche.entity.js";

/** A subcontractor declared on a marché (seed 001: « Nombre de sous-traitants »). */
@Entity("marche_sous_traitant")
@Index(["marcheId", "organismeId"], { unique: true })
export class MarcheSousTraitant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: "marche_id", type: "integer" })
  marcheId: number;

  @ManyToOne(() => Marche, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "marche_id" })
  marcheRef?: Marche;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @ManyToOne(() => Organisme, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "organisme_id" })
  organismeRef?: Organisme;
}
