import { DateScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import {
  Civilite, DureeChomage, MotifSortie, Nationalite, NiveauEntree, OrganismeRemuneration, Prescripteur, Sexe, TrancheAge,
} from "./stagiaire.enums.js";

/** Seed 001 § 3.2, tab « Identité générale », plus the exit. The individualised path is ParcoursIndividualise. */
@ObjectType({ description: "Stagiaire inscrit sur une action (données personnelles : visibles de son organisme et de la Région seulement)." })
@Entity("stagiaire")
@Index(["complet"])
// Issue 8: covering indexes of the dashboard's aggregates (migration IndicateursIndex1766200000000).
@Index(["dateEntree", "dateSortie"])
@Index(["organismeId", "dateEntree", "dateSortie"])
@Index(["actionId", "dateEntree", "dateSortie"])
@Index(["complet", "organismeId", "actionId"])
export class Stagiaire {
  @Field(() => ID, { description: "Identifiant du stagiaire." })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  /** The owning organisme, on the row itself: every read is filtered by it (no cross-OF read possible). */
  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field(() => Civilite, { nullable: true, description: "Civilité *." })
  @Column({ type: "varchar", length: 3, nullable: true })
  civilite: Civilite | null;

  @Field({ description: "Nom *." })
  @Column({ length: 100 })
  nom: string;

  @Field({ description: "Prénom *." })
  @Column({ length: 100 })
  prenom: string;

  @Field(() => DateScalar, { nullable: true, description: "Date de naissance *." })
  @Column({ name: "date_naissance", type: "date", nullable: true })
  dateNaissance: string | null;

  @Field(() => Sexe, { nullable: true, description: "Sexe *." })
  @Column({ type: "varchar", length: 9, nullable: true })
  sexe: Sexe | null;

  @Field(() => Nationalite, { nullable: true, description: "Nationalité." })
  @Column({ type: "varchar", length: 10, nullable: true })
  nationalite: Nationalite | null;

  @Field(() => String, { nullable: true, description: "Catégorie socio-professionnelle." })
  @Column({ name: "categorie_socio_professionnelle", type: "varchar", length: 100, nullable: true })
  categorieSocioProfessionnelle: string | null;

  @Field(() => String, { nullable: true, description: "Adresse où le stagiaire reçoit son courrier *." })
  @Column({ type: "varchar", length: 255, nullable: true })
  adresse: string | null;

  @Field(() => String, { nullable: true, description: "Autre adresse (complément)." })
  @Column({ name: "autre_adresse", type: "varchar", length: 255, nullable: true })
  autreAdresse: string | null;

  @Field(() => String, { nullable: true, description: "Code postal *." })
  @Column({ name: "code_postal", type: "varchar", length: 5, nullable: true })
  codePostal: string | null;

  @Field(() => String, { nullable: true, description: "Ville." })
  @Column({ type: "varchar", length: 100, nullable: true })
  ville: string | null;

  @Field(() => String, { nullable: true, description: "Adresse pendant la durée de la formation." })
  @Column({ name: "adresse_formation", type: "varchar", length: 255, nullable: true })
  adresseFormation: string | null;

  @Field(() => String, { nullable: true, description: "Autre adresse pendant la formation." })
  @Column({ name: "autre_adresse_formation", type: "varchar", length: 255, nullable: true })
  autreAdresseFormation: string | null;

  @Field(() => String, { nullable: true, description: "Code postal pendant la formation." })
  @Column({ name: "code_postal_formation", type: "varchar", length: 5, nullable: true })
  codePostalFormation: string | null;

  @Field(() => String, { nullable: true, description: "Ville pendant la formation." })
  @Column({ name: "ville_formation", type: "varchar", length: 100, nullable: true })
  villeFormation: string | null;

  @Field(() => String, { nullable: true, description: "Code INSEE de la commune de résidence (colonne « Code Insee » du récapitulatif)." })
  @Column({ name: "code_insee", type: "varchar", length: 5, nullable: true })
  codeInsee: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date d'entrée en formation *." })
  @Column({ name: "date_entree", type: "date", nullable: true })
  dateEntree: string | null;

  @Field(() => OrganismeRemuneration, { nullable: true, description: "Organisme chargé de la rémunération du stagiaire *." })
  @Column({ name: "organisme_remuneration", type: "varchar", length: 12, nullable: true })
  organismeRemuneration: OrganismeRemuneration | null;

  @Field(() => NiveauEntree, { nullable: true, description: "Niveau à l'entrée en stage *." })
  @Column({ name: "niveau_entree", type: "varchar", length: 14, nullable: true })
  niveauEntree: NiveauEntree | null;

  @Field(() => TrancheAge, { nullable: true, description: "Tranche d'âge *." })
  @Column({ name: "tranche_age", type: "varchar", length: 14, nullable: true })
  trancheAge: TrancheAge | null;

  @Field(() => DureeChomage, { nullable: true, description: "Durée de chômage *." })
  @Column({ name: "duree_chomage", type: "varchar", length: 20, nullable: true })
  dureeChomage: DureeChomage | null;

  @Field(() => Prescripteur, { nullable: true, description: "Prescripteur *." })
  @Column({ type: "varchar", length: 16, nullable: true })
  prescripteur: Prescripteur | null;

  @Field(() => Boolean, { nullable: true, description: "Bénéficiaire du RMI *." })
  @Column({ name: "beneficiaire_rmi", type: "boolean", nullable: true })
  beneficiaireRmi: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Travailleur handicapé." })
  @Column({ name: "travailleur_handicape", type: "boolean", nullable: true })
  travailleurHandicape: boolean | null;

  @Field({ description: "Fiche complète ; faux pour une fiche enregistrée par « Valider les informations partielles » (compte dans « inscriptions en attente »)." })
  @Column({ type: "boolean", default: false })
  complet: boolean;

  /** Labels of the mandatory fields still empty, JSON, computed at each save (with the action's type then). */
  @Column({ name: "champs_manquants", type: "text", nullable: true })
  champsManquantsJson: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date de sortie de formation." })
  @Column({ name: "date_sortie", type: "date", nullable: true })
  dateSortie: string | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai : sortie en fin de formation ; faux : sortie anticipée." })
  @Column({ name: "fin_formation", type: "boolean", nullable: true })
  finFormation: boolean | null;

  @Field(() => MotifSortie, { nullable: true, description: "Motif de la sortie anticipée." })
  @Column({ name: "motif_sortie", type: "varchar", length: 20, nullable: true })
  motifSortie: MotifSortie | null;
}
