import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { HeuresScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { StatutFormateur } from "./statut-formateur.enum.js";

/** Seed 001 § 3.3 « Gérer les formateurs ». Names of people: scoped like trainees (their OF and the Région). */
@ObjectType({ description: "Formateur intervenant sur une action (visible de l'organisme titulaire et de la Région)." })
@Entity("formateur")
export class Formateur {
  @Field(() => ID, { description: "Identifiant du formateur." })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field({ description: "Nom *." })
  @Column({ length: 100 })
  nom: string;

  @Field({ description: "Prénom *." })
  @Column({ length: 100 })
  prenom: string;

  @Field({ description: "Domaine d'intervention du formateur *." })
  @Column({ length: 255 })
  domaine: string;

  @Field(() => HeuresScalar, { description: "Heures assurées *." })
  @Column({ name: "heures_assurees", type: "bigint", transformer: integerTransformer })
  heuresAssurees: number;

  @Field(() => StatutFormateur, { description: "Statut *." })
  @Column({ type: "varchar", length: 12 })
  statut: StatutFormateur;

  @Field({ description: "Formation et expérience professionnelle *." })
  @Column({ name: "formation_experience", type: "text" })
  formationExperience: string;
}
