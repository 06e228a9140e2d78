import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { DateScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Action } from "../action/action.entity.js";
import { Composante } from "../composante/composante.entity.js";
import { Session } from "../session/session.entity.js";
import { EtatDemande, LIBELLE_TYPE, TypeDemande } from "./demande.enums.js";

/**
 * « Demande de modification de données » (seeds 003, 004). `contenu` holds the proposal (JSON)
 * until it is applied; `enCours` is 1 while the request is pending and NULL afterwards, so that
 * the unique index (action, type, enCours) lets at most one pending request of a type per action.
 */
@ObjectType({ description: "Demande de modification de données d'une action (suivi des demandes de modification)." })
@Entity("demande_modification")
@Index(["actionId", "type", "enCours"], { unique: true })
export class DemandeModification {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @ManyToOne(() => Action, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "action_id" })
  actionRef?: Action;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field(() => TypeDemande, { description: "Type de la modification." })
  @Column({ type: "varchar", length: 40 })
  type: TypeDemande;

  @Field(() => EtatDemande, { description: "État de la demande." })
  @Column({ type: "varchar", length: 24 })
  etat: EtatDemande;

  @Column({ name: "en_cours", type: "integer", nullable: true })
  enCours: number | null;

  @Index()
  @Column({ name: "composante_id", type: "integer", nullable: true })
  composanteId: number | null;

  @ManyToOne(() => Composante, { nullable: true, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "composante_id" })
  composanteRef?: Composante;

  /** The session changed (null for a new one until the request is applied). */
  @Index()
  @Column({ name: "session_id", type: "integer", nullable: true })
  sessionId: number | null;

  @ManyToOne(() => Session, { nullable: true, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "session_id" })
  sessionRef?: Session;

  @Field({ description: "Identifiant du compte émetteur." })
  @Column({ length: 60 })
  emetteur: string;

  @Field({ description: "« Nom/Statut de l'émetteur » (ex. ORGANISME TEST PRF 23 Titulaire)." })
  @Column({ name: "emetteur_libelle", length: 300 })
  emetteurLibelle: string;

  @Field(() => DateScalar, { nullable: true, description: "Date d'émission (absente tant que la demande n'est pas émise)." })
  @Column({ name: "date_emission", type: "date", nullable: true })
  dateEmission: string | null;

  @Field(() => String, { nullable: true, description: "Motivation de la demande." })
  @Column({ type: "text", nullable: true })
  motivation: string | null;

  @Field(() => String, { nullable: true, description: "Observations de la Région (motif d'un refus)." })
  @Column({ type: "text", nullable: true })
  observations: string | null;

  /** The proposal, JSON (SessionProposee | DatesProposees); null until saved. */
  @Column({ type: "text", nullable: true })
  contenu: string | null;

  @Column({ name: "cree_le", type: "bigint", transformer: integerTransformer })
  creeLe: number;

  @Column({ name: "modifie_le", type: "bigint", transformer: integerTransformer })
  modifieLe: number;

  @Field({ description: "Libellé du type (ex. Demande de modification de dates)." })
  get libelleType(): string {
    return LIBELLE_TYPE[this.type];
  }
}
