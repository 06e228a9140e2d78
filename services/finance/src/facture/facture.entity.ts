import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { DateScalar, MontantScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { StatutFacture } from "./statut-facture.enum.js";
import { NatureAcompte, TypeFacture } from "./type-facture.enum.js";

const montant = (name: string) => ({ name, type: "bigint" as const, transformer: integerTransformer, default: 0 });

/**
 * An invoice: its lines and amounts are a snapshot taken at emission and never change;
 * only its workflow (signed file, Région decisions, payments) moves on, with full history.
 */
@ObjectType({ description: "Facture (avance, CRE intermédiaire / acompte, solde) d'une action." })
@Entity("facture")
@Index(["actionId", "clePeriode"], { unique: true })
@Index(["organismeId", "cleIdempotence"], { unique: true })
@Index(["statut"])
@Index(["statut", "id"])
@Index(["organismeId", "statut", "id"])
// Issue 8: covering indexes of the dashboard's aggregates (migration IndicateursIndex1766200000000).
@Index(["dateEmission", "statut", "montantTTC"])
@Index(["organismeId", "dateEmission", "statut", "montantTTC"])
@Index(["actionId", "dateEmission", "statut", "montantTTC"])
@Index(["statut", "organismeId", "montantTTC"])
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

  @Field(() => TypeFacture, { description: "Avance, acompte (CRE intermédiaire) ou solde." })
  @Column({ type: "varchar", length: 10, default: TypeFacture.ACOMPTE })
  type: TypeFacture;

  @Field(() => NatureAcompte, { nullable: true, description: "Pour un acompte : le mode de paiement qui a fixé sa période." })
  @Column({ type: "varchar", length: 20, nullable: true })
  nature: NatureAcompte | null;

  @Field(() => Int, { nullable: true, description: "N° d'acompte (1, 2…), celui de la règle de nommage." })
  @Column({ type: "integer", nullable: true })
  rang: number | null;

  @Field(() => Int, { nullable: true, description: "Trois acomptes : seuil atteint (1 = 30 %, 2 = 60 %, 3 = 80 %)." })
  @Column({ type: "integer", nullable: true })
  palier: number | null;

  /** One invoice per period of an action: "AVANCE", "SOLDE" or "2022-09/2022-11". */
  @Column({ name: "cle_periode", length: 40 })
  clePeriode: string;

  /** The client's idempotency key of the emission (a retried emission returns the same invoice). */
  @Column({ name: "cle_idempotence", type: "varchar", length: 80, nullable: true })
  cleIdempotence: string | null;

  @Field(() => String, { nullable: true, description: "Période facturée (ex. « Septembre 2022 - Novembre 2022 »)." })
  @Column({ type: "varchar", length: 80, nullable: true })
  periode: string | null;

  @Field(() => String, { nullable: true, description: "Premier mois facturé (AAAA-MM)." })
  @Column({ name: "mois_debut", type: "varchar", length: 7, nullable: true })
  moisDebut: string | null;

  @Field(() => String, { nullable: true, description: "Dernier mois facturé (AAAA-MM)." })
  @Column({ name: "mois_fin", type: "varchar", length: 7, nullable: true })
  moisFin: string | null;

  @Field(() => MontantScalar, { description: "Réalisé facturé : somme des lignes, hors taxes." })
  @Column(montant("realise_ht_centimes"))
  montantRealiseHT: number;

  @Field(() => MontantScalar, { description: "Réalisé au-delà du plafond des trois acomptes (80 %), reporté au solde." })
  @Column(montant("report_solde_centimes"))
  reportAuSolde: number;

  @Field(() => MontantScalar, { description: "Part des sous-traitants déduite (« Dont X € pour … »), hors taxes." })
  @Column(montant("sous_traitance_centimes"))
  montantSousTraitance: number;

  @Field(() => MontantScalar, { description: "Montant hors taxes." })
  @Column({ name: "montant_ht_centimes", type: "bigint", transformer: integerTransformer })
  montantHT: number;

  @Field(() => Int, { description: "Taux de TVA appliqué, en points de base (0 = exonéré, 1960 = 19,60 %)." })
  @Column({ name: "taux_tva_pdb", type: "integer", default: 0 })
  tauxTvaPointsDeBase: number;

  @Field(() => MontantScalar, { description: "Montant de la TVA." })
  @Column(montant("tva_centimes"))
  montantTVA: number;

  @Field(() => MontantScalar, { description: "Montant toutes taxes comprises." })
  @Column({ name: "montant_ttc_centimes", type: "bigint", transformer: integerTransformer })
  montantTTC: number;

  @Field(() => MontantScalar, { description: "Avance récupérée sur cette facture (selon le taux de réalisation), TTC." })
  @Column(montant("avance_recuperee_centimes"))
  avanceRecuperee: number;

  @Field(() => MontantScalar, { description: "Montant à payer TTC : TTC − avance récupérée (négatif : avance à reverser au solde)." })
  @Column(montant("a_payer_centimes"))
  montantAPayer: number;

  /** Cumulative realisation (cents HT) reached with this invoice: the rate its advance recovery used. */
  @Column(montant("realise_cumule_centimes"))
  realiseCumule: number;

  @Field(() => StatutFacture, { description: "Statut : émise, signée déposée, validée, rejetée, payée." })
  @Column({ type: "varchar", length: 16 })
  statut: StatutFacture;

  @Field(() => DateScalar, { nullable: true, description: "Date d'émission." })
  @Column({ name: "date_emission", type: "date", nullable: true })
  dateEmission: string | null;

  /** JSON snapshot of what the invoice printed at emission (organisme, contract, action). */
  @Column({ type: "text", nullable: true })
  instantane: string | null;

  @Field(() => String, { nullable: true, description: "Motif du dernier rejet par la Région." })
  @Column({ name: "motif_rejet", type: "varchar", length: 500, nullable: true })
  motifRejet: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date de la dernière décision de la Région (validation ou rejet)." })
  @Column({ name: "date_decision", type: "date", nullable: true })
  dateDecision: string | null;

  @Column({ name: "fichier_sha256", type: "varchar", length: 64, nullable: true })
  fichierSha256: string | null;

  @Column({ name: "fichier_nom", type: "varchar", length: 255, nullable: true })
  fichierNom: string | null;

  @Column({ name: "fichier_taille", type: "integer", nullable: true })
  fichierTaille: number | null;

  @Column({ name: "fichier_signature", type: "varchar", length: 16, nullable: true })
  fichierSignature: string | null;

  @Column({ name: "date_depot", type: "date", nullable: true })
  dateDepot: string | null;

  /** Optimistic lock of the workflow: every transition checks and bumps it. */
  @Column({ type: "integer", default: 1 })
  version: number;
}
