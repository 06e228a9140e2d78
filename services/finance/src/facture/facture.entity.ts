import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { DateScalar, MontantScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { StatutFacture } from "./statut-facture.enum.js";

@ObjectType({ description: "Facture (avance, CRE intermédiaire / acompte, solde) d'une action." })
@Entity("facture")
export class Facture {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  /** The invoicing organisme, on the row itself: every read is filtered by it. */
  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field({ description: "Numéro de facture." })
  @Column({ length: 60 })
  numero: string;

  @Field(() => String, { nullable: true, description: "Période facturée (ex. « Septembre 2022 - Novembre 2022 »)." })
  @Column({ type: "varchar", length: 80, nullable: true })
  periode: string | null;

  @Field(() => MontantScalar, { description: "Montant hors taxes." })
  @Column({ name: "montant_ht_centimes", type: "bigint", transformer: integerTransformer })
  montantHT: number;

  @Field(() => MontantScalar, { description: "Montant toutes taxes comprises." })
  @Column({ name: "montant_ttc_centimes", type: "bigint", transformer: integerTransformer })
  montantTTC: number;

  @Field(() => StatutFacture)
  @Column({ type: "varchar", length: 16 })
  statut: StatutFacture;

  @Field(() => DateScalar, { nullable: true, description: "Date d'émission." })
  @Column({ name: "date_emission", type: "date", nullable: true })
  dateEmission: string | null;
}
