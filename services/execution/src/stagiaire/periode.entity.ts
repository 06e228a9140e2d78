import { DateScalar } from "@sigma/kit/schema/scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { LieuFormation } from "./stagiaire.enums.js";
import { Stagiaire } from "./stagiaire.entity.js";

@ObjectType("PeriodeParcours", { description: "Période en centre ou en entreprise du parcours individualisé." })
@Entity("periode_parcours")
export class PeriodeParcours {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "stagiaire_id", type: "integer" })
  stagiaireId: number;

  @ManyToOne(() => Stagiaire, { onDelete: "CASCADE", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "stagiaire_id" })
  stagiaireRef?: Stagiaire;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field(() => LieuFormation, { description: "En centre ou en entreprise." })
  @Column({ type: "varchar", length: 10 })
  lieu: LieuFormation;

  @Field(() => DateScalar, { description: "Date de début de la période." })
  @Column({ name: "date_debut", type: "date" })
  dateDebut: string;

  @Field(() => DateScalar, { description: "Date de fin de la période." })
  @Column({ name: "date_fin", type: "date" })
  dateFin: string;
}
