import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { HeuresScalar, MontantScalar } from "@sigma/kit/schema/scalars";
import { Authorized, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Composante } from "./composante.entity.js";
import { TypePrestation } from "./composante.enums.js";

@ObjectType({ description: "Prestation d'une composante : forfait parcours, heure centre ou heure entreprise." })
@Entity("prestation")
@Index(["composanteId", "type"], { unique: true })
export class Prestation {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: "composante_id", type: "integer" })
  composanteId: number;

  @ManyToOne(() => Composante, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "composante_id" })
  composanteRef?: Composante;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field(() => TypePrestation, { description: "FP, HC ou HE." })
  @Column({ type: "varchar", length: 2 })
  type: TypePrestation;

  @Field({ description: "Libellé (ex. Heure stagiaire centre)." })
  @Column({ length: 150 })
  libelle: string;

  @Field(() => Int, { nullable: true, description: "Effectif (absent pour un forfait)." })
  @Column({ type: "integer", nullable: true })
  effectif: number | null;

  @Field(() => HeuresScalar, { nullable: true, description: "Volume moyen par stagiaire." })
  @Column({ name: "volume_moyen", type: "bigint", nullable: true, transformer: integerTransformer })
  volumeMoyen: number | null;

  @Field(() => HeuresScalar, { nullable: true, description: "Volume minimal par stagiaire." })
  @Column({ name: "volume_minimal", type: "bigint", nullable: true, transformer: integerTransformer })
  volumeMinimal: number | null;

  @Field(() => HeuresScalar, { nullable: true, description: "Volume maximal par stagiaire." })
  @Column({ name: "volume_maximal", type: "bigint", nullable: true, transformer: integerTransformer })
  volumeMaximal: number | null;

  @Field(() => HeuresScalar, {
    description: "Volume total contractualisé : heures pour HC / HE, nombre de forfaits × 100 pour FP (« 120.00 » fp).",
  })
  @Column({ name: "volume_total", type: "bigint", transformer: integerTransformer })
  volumeTotal: number;

  @Authorized(["ORGANISME", "REGION", "SERVICE"])
  @Field(() => MontantScalar, { description: "Prix unitaire (par heure ou par forfait). Organisme titulaire, Région et services seulement." })
  @Column({ name: "prix_unitaire", type: "bigint", transformer: integerTransformer })
  prixUnitaire: number;
}
