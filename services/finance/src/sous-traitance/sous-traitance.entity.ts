import { formatHundredthsFr } from "@sigma/kit/money/decimal";
import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { DateScalar, MontantScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { StatutSousTraitance } from "./statut-sous-traitance.enum.js";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A subcontractor's invoice recorded by the titulaire (seed 001 § 3.6.1.2): stated and
 * deducted on the titulaire's next invoice (« Dont X € pour [sous-traitant] »).
 */
@ObjectType({ description: "Facture d'un sous-traitant, saisie par le titulaire (contractant, montant HT)." })
@Entity("sous_traitance")
export class FactureSousTraitant {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  /** The titulaire (who records it and on whose invoices it is deducted). */
  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Column({ name: "sous_traitant_id", type: "integer" })
  sousTraitantId: number;

  @Field({ description: "Contractant : raison sociale du sous-traitant." })
  @Column({ name: "sous_traitant_nom", length: 255 })
  sousTraitant: string;

  @Field(() => MontantScalar, { description: "Montant hors taxes." })
  @Column({ name: "montant_ht_centimes", type: "bigint", transformer: integerTransformer })
  montantHT: number;

  @Field(() => DateScalar, { description: "Date de saisie." })
  @Column({ name: "date_saisie", type: "date" })
  dateSaisie: string;

  /** The titulaire's invoice that states and deducts it; null while it waits for the next one. */
  @Index()
  @Column({ name: "facture_id", type: "integer", nullable: true })
  factureId: number | null;

  @Field(() => StatutSousTraitance, { description: "Décision de la Région : en attente, validée (déduite de la prochaine facture du titulaire) ou rejetée." })
  @Column({ type: "varchar", length: 16, default: StatutSousTraitance.EN_ATTENTE })
  statut: StatutSousTraitance;

  @Field(() => String, { nullable: true, description: "Motif du rejet par la Région." })
  @Column({ name: "motif_rejet", type: "varchar", length: 500, nullable: true })
  motifRejet: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date de la décision de la Région." })
  @Column({ name: "date_decision", type: "date", nullable: true })
  dateDecision: string | null;

  /** Optimistic lock of the decision. */
  @Column({ type: "integer", default: 1 })
  version: number;

  @Field({ description: "Mention portée sur la facture du titulaire : « Dont X € pour [sous-traitant] »." })
  get mention(): string {
    return `Dont ${formatHundredthsFr(this.montantHT)} € pour ${this.sousTraitant}`;
  }
}
