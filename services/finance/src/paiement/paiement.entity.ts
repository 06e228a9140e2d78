import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { DateScalar, MontantScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Facture } from "../facture/facture.entity.js";

/** A payment recorded by the Région on a validated invoice (« Suivi des paiements »). */
@ObjectType({ description: "Paiement enregistré par la Région sur une facture validée." })
@Entity("paiement")
@Index(["factureId", "reference"], { unique: true })
export class Paiement {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "facture_id", type: "integer" })
  factureId: number;

  @ManyToOne(() => Facture, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "facture_id" })
  factureRef?: Facture;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field(() => DateScalar, { description: "Date du paiement." })
  @Column({ name: "date_paiement", type: "date" })
  datePaiement: string;

  @Field(() => MontantScalar, { description: "Montant payé." })
  @Column({ name: "montant_centimes", type: "bigint", transformer: integerTransformer })
  montant: number;

  @Field({ description: "Référence du paiement (mandat, virement)." })
  @Column({ length: 60 })
  reference: string;
}
