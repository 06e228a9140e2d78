import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { integerTransformer } from "../money/integer.transformer.js";

/**
 * One state change of a domain object (action, demande, stagiaire, déclaration, facture…):
 * who, when, what, before and after. Append-only: written in the same transaction as the
 * change, never updated or deleted through the API. Each subgraph has its own table.
 */
@Directive("@shareable")
@ObjectType({ description: "Un changement d'état : qui, quand, quoi, avant / après." })
@Entity("historique")
@Index(["objetType", "objetId"])
export class EvenementHistorique {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "Type de l'objet modifié (Action, Session, Stagiaire, Facture…)." })
  @Column({ name: "objet_type", length: 40 })
  objetType: string;

  @Field({ description: "Identifiant de l'objet modifié." })
  @Column({ name: "objet_id", length: 40 })
  objetId: string;

  @Field({ description: "Ce qui s'est passé (création, émission, validation, rejet…)." })
  @Column({ length: 60 })
  action: string;

  @Field({ description: "Identifiant du compte auteur du changement." })
  @Column({ length: 60 })
  auteur: string;

  @Field({ description: "Rôle de l'auteur." })
  @Column({ name: "auteur_role", length: 12 })
  auteurRole: string;

  /** Organisme concerned (scopes who may read the event); null for Région-only objects. */
  @Index()
  @Column({ name: "organisme_id", type: "integer", nullable: true })
  organismeId: number | null;

  /** Epoch milliseconds. */
  @Column({ type: "bigint", transformer: integerTransformer })
  instant: number;

  @Field(() => String, { nullable: true, description: "État avant (JSON)." })
  @Column({ type: "text", nullable: true })
  avant: string | null;

  @Field(() => String, { nullable: true, description: "État après (JSON)." })
  @Column({ type: "text", nullable: true })
  apres: string | null;

  @Field({ name: "date", description: "Instant du changement (ISO 8601)." })
  get date(): string {
    return new Date(this.instant).toISOString();
  }
}
