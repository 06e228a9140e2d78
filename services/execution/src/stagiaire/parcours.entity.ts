import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { DateScalar, HeuresScalar } from "@sigma/kit/schema/scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Stagiaire } from "./stagiaire.entity.js";

/** Seed 001 § 3.2, tab « Définition de parcours » (mandatory for individualised actions). */
@ObjectType("ParcoursIndividualise", { description: "Parcours individualisé prévu pour un stagiaire (actions individualisées)." })
@Entity("parcours_individualise")
export class ParcoursIndividualise {
  @PrimaryColumn({ name: "stagiaire_id", type: "integer" })
  stagiaireId: number;

  @ManyToOne(() => Stagiaire, { onDelete: "CASCADE", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "stagiaire_id" })
  stagiaireRef?: Stagiaire;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field(() => String, { nullable: true, description: "Parcours professionnel envisagé *." })
  @Column({ name: "parcours_envisage", type: "text", nullable: true })
  parcoursEnvisage: string | null;

  @Field(() => HeuresScalar, { nullable: true, description: "Nombre d'heures en centre *." })
  @Column({ name: "heures_centre", type: "bigint", nullable: true, transformer: integerTransformer })
  heuresCentre: number | null;

  @Field(() => HeuresScalar, { nullable: true, description: "Nombre d'heures en entreprise *." })
  @Column({ name: "heures_entreprise", type: "bigint", nullable: true, transformer: integerTransformer })
  heuresEntreprise: number | null;

  @Field(() => Int, { nullable: true, description: "Nombre de périodes en entreprise *." })
  @Column({ name: "nombre_periodes_entreprise", type: "integer", nullable: true })
  nombrePeriodesEntreprise: number | null;

  @Field(() => String, { nullable: true, description: "Modules d'enseignement général *." })
  @Column({ name: "modules_enseignement_general", type: "text", nullable: true })
  modulesEnseignementGeneral: string | null;

  @Field(() => String, { nullable: true, description: "Modules d'enseignement professionnel *." })
  @Column({ name: "modules_enseignement_professionnel", type: "text", nullable: true })
  modulesEnseignementProfessionnel: string | null;

  @Field(() => String, { nullable: true, description: "Objectifs des périodes en entreprise *." })
  @Column({ name: "objectifs_periodes_entreprise", type: "text", nullable: true })
  objectifsPeriodesEntreprise: string | null;

  @Field(() => String, { nullable: true, description: "Objectifs de formation définis (résultats du positionnement) *." })
  @Column({ name: "objectifs_formation", type: "text", nullable: true })
  objectifsFormation: string | null;

  @Field(() => Boolean, { nullable: true, description: "Recours à un dispositif de Validation des Acquis de l'Expérience envisagé *." })
  @Column({ name: "vae_envisagee", type: "boolean", nullable: true })
  vaeEnvisagee: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: "Date prévisionnelle de début du parcours *." })
  @Column({ name: "date_debut", type: "date", nullable: true })
  dateDebut: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date prévisionnelle de fin du parcours *." })
  @Column({ name: "date_fin", type: "date", nullable: true })
  dateFin: string | null;
}
