import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { DateScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Action } from "../action/action.entity.js";
import { Composante } from "../composante/composante.entity.js";
import { SiteRealisation } from "../organisme/site.entity.js";

/**
 * A published session (seed 004): created and changed only by a validated « demande de
 * modification », never deleted — cancelled by setting its places to 0.
 */
@ObjectType({ description: "Session de formation publiée (reprise par le CARIF : Meformer, KAIROS)." })
@Entity("session")
@Index(["composanteId", "numero"], { unique: true })
// Issue 8: covering indexes of the dashboard's aggregates (migration IndicateursIndex1766200000000).
@Index(["dateDebut", "dateFin", "nbPlaces"])
@Index(["organismeId", "dateDebut", "dateFin", "nbPlaces"])
@Index(["actionId", "dateDebut", "dateFin", "nbPlaces"])
export class Session {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @ManyToOne(() => Action, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "action_id" })
  actionRef?: Action;

  @Column({ name: "composante_id", type: "integer" })
  composanteId: number;

  @ManyToOne(() => Composante, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "composante_id" })
  composanteRef?: Composante;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field({ description: "Numéro de session dans la composante (ex. 01)." })
  @Column({ length: 2 })
  numero: string;

  @Field(() => DateScalar, { description: "Date de début (dans les dates de la composante)." })
  @Column({ name: "date_debut", type: "date" })
  dateDebut: string;

  @Field(() => DateScalar, { description: "Date de fin (dans les dates de la composante)." })
  @Column({ name: "date_fin", type: "date" })
  dateFin: string;

  @Index()
  @Column({ name: "site_id", type: "integer" })
  siteId: number;

  @ManyToOne(() => SiteRealisation, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "site_id" })
  siteRef?: SiteRealisation;

  @Field(() => Int, { description: "Nombre de places ; 0 = session annulée." })
  @Column({ name: "nb_places", type: "integer" })
  nbPlaces: number;

  @Field(() => String, { nullable: true, description: "Code offre info (CARIF)." })
  @Column({ name: "code_offre_info", type: "varchar", length: 20, nullable: true })
  codeOffreInfo: string | null;

  /** Epoch ms of publication. */
  @Column({ name: "cree_le", type: "bigint", transformer: integerTransformer })
  creeLe: number;

  /** Epoch ms of the last change of the session or of one of its informations collectives. */
  @Column({ name: "modifie_le", type: "bigint", transformer: integerTransformer })
  modifieLe: number;

  /** Position in the CARIF feed: strictly increasing in commit order (see flux/sequence.ts). */
  @Index({ unique: true })
  @Column({ type: "bigint", transformer: integerTransformer })
  sequence: number;

  @Field({ description: "Vrai quand la session est annulée (0 place)." })
  get annulee(): boolean {
    return this.nbPlaces === 0;
  }

  @Field({ name: "modifieLe", description: "Dernier changement de la session ou d'une de ses informations collectives (ISO 8601)." })
  get modifieLeIso(): string {
    return new Date(this.modifieLe).toISOString();
  }
}
