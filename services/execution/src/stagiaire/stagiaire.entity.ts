import { DateScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "Stagiaire inscrit sur une action (données personnelles : visibles de son organisme et de la Région seulement)." })
@Entity("stagiaire")
export class Stagiaire {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  /** The owning organisme, on the row itself: every read is filtered by it (no cross-OF read possible). */
  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field({ description: "Nom." })
  @Column({ length: 100 })
  nom: string;

  @Field({ description: "Prénom." })
  @Column({ length: 100 })
  prenom: string;

  @Field(() => DateScalar, { nullable: true, description: "Date d'entrée en formation." })
  @Column({ name: "date_entree", type: "date", nullable: true })
  dateEntree: string | null;
}
