import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { HeuresScalar, MontantScalar } from "@sigma/kit/schema/scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Facture } from "./facture.entity.js";

/** One line of an invoice, as snapshotted at emission: a quantity at a unit price. */
@ObjectType({ description: "Ligne d'une facture : une prestation, sa quantité, son prix unitaire, son montant." })
@Entity("ligne_facture")
export class LigneFacture {
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

  @Field(() => Int, { description: "Ordre d'affichage." })
  @Column({ type: "integer" })
  ordre: number;

  @Field({ description: "Prestation : FP (forfait parcours), HC (heure centre), HE (heure entreprise), AV (avance), RS (report au solde)." })
  @Column({ length: 4 })
  prestation: string;

  @Field({ description: "Libellé de la ligne." })
  @Column({ length: 120 })
  libelle: string;

  @Field(() => HeuresScalar, { description: "Quantité (heures ou forfaits), en centièmes exacts." })
  @Column({ type: "bigint", transformer: integerTransformer })
  quantite: number;

  @Field(() => MontantScalar, { description: "Prix unitaire hors taxes." })
  @Column({ name: "prix_unitaire_centimes", type: "bigint", transformer: integerTransformer })
  prixUnitaire: number;

  @Field(() => MontantScalar, { description: "Montant hors taxes de la ligne." })
  @Column({ name: "montant_centimes", type: "bigint", transformer: integerTransformer })
  montant: number;
}
