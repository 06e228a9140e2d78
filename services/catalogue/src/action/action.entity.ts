import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { DateScalar, HeuresScalar, MontantScalar } from "@sigma/kit/schema/scalars";
import { Authorized, Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Marche } from "../marche/marche.entity.js";
import { Organisme } from "../organisme/organisme.entity.js";
import { INDEX_LISTE_ACTIONS } from "./action-tri.indexes.js";
import { TypeAction } from "./type-action.enum.js";

const CONTRAT = "Donnée du contrat : l'organisme titulaire, la Région et les services seulement.";
const CONTRACT_READERS = ["ORGANISME", "REGION", "SERVICE"];

/** Money fields are kept from the CARIF credential (see action.resolver.ts). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Action de formation d'un bon de commande (le « résumé de l'action »)." })
@Entity("action")
export class Action {

  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "Numéro d'action (ex. 23P0000000_TEST_1)." })
  @Index({ unique: true })
  @Column({ length: 40 })
  numero: string;

  @Field({ description: "Intitulé de l'action." })
  @Column({ length: 255 })
  intitule: string;

  @Field({ description: "Numéro du marché / bon de commande (ex. 23P0000000)." })
  @Index()
  @Column({ name: "numero_contrat", length: 40 })
  numeroContrat: string;

  @Field(() => Int, { description: "Année de programmation." })
  @Index()
  @Column({ name: "annee_programmation", type: "int" })
  anneeProgrammation: number;

  @Field(() => DateScalar, { description: "Date de début prévue." })
  @Column({ name: "date_debut_prevue", type: "date" })
  dateDebutPrevue: string;

  @Field(() => DateScalar, { description: "Date de fin prévue." })
  @Column({ name: "date_fin_prevue", type: "date" })
  dateFinPrevue: string;

  @Index()
  @Column({ name: "organisme_id", type: "int" })
  organismeId: number;

  /** Declares the foreign key; the GraphQL field is resolved through a loader, never eagerly. */
  @ManyToOne(() => Organisme, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "organisme_id" })
  organismeRef?: Organisme;

  /** Filled for every action; nullable in the database only so that the migration applies to existing rows. */
  @Index()
  @Column({ name: "marche_id", type: "integer", nullable: true })
  marcheId: number | null;

  @ManyToOne(() => Marche, { nullable: true, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "marche_id" })
  marcheRef?: Marche;

  @Field(() => TypeAction, { description: "Collective ou individualisée." })
  @Column({ type: "varchar", length: 16, default: TypeAction.COLLECTIVE })
  type: TypeAction;

  @Field(() => Int, { description: "Effectif total prévu." })
  @Column({ name: "effectif_total", type: "integer", default: 0 })
  effectifTotal: number;

  @Field(() => Int, { description: "Effectif rémunéré." })
  @Column({ name: "effectif_remunere", type: "integer", default: 0 })
  effectifRemunere: number;

  @Authorized(CONTRACT_READERS)
  @Field(() => MontantScalar, { description: `Prix total. ${CONTRAT}` })
  @Column({ name: "prix_total", type: "bigint", default: 0, transformer: integerTransformer })
  prixTotal: number;

  @Authorized(CONTRACT_READERS)
  @Field(() => MontantScalar, { description: `Prix total en centre. ${CONTRAT}` })
  @Column({ name: "prix_centre", type: "bigint", default: 0, transformer: integerTransformer })
  prixCentre: number;

  @Authorized(CONTRACT_READERS)
  @Field(() => MontantScalar, { description: `Prix total en entreprise. ${CONTRAT}` })
  @Column({ name: "prix_entreprise", type: "bigint", default: 0, transformer: integerTransformer })
  prixEntreprise: number;

  @Field(() => HeuresScalar, { description: "Durée en centre (heures par stagiaire)." })
  @Column({ name: "duree_centre", type: "bigint", default: 0, transformer: integerTransformer })
  dureeCentre: number;

  @Field(() => HeuresScalar, { description: "Durée en entreprise (heures par stagiaire)." })
  @Column({ name: "duree_entreprise", type: "bigint", default: 0, transformer: integerTransformer })
  dureeEntreprise: number;

  @Field({ description: "Lieu d'action (ville)." })
  @Column({ length: 100, default: "" })
  lieu: string;

  @Field({ description: "Département (ex. 34)." })
  @Index()
  @Column({ length: 3, default: "" })
  departement: string;

  @Field({ description: "Secteur d'activité." })
  @Column({ length: 150, default: "" })
  secteur: string;

  @Field({ description: "Financement FSE." })
  @Column({ name: "financement_fse", type: "boolean", default: false })
  financementFse: boolean;

  @Authorized(CONTRACT_READERS)
  @Field(() => String, { nullable: true, description: `Numéro d'opération Safir. ${CONTRAT}` })
  @Column({ name: "numero_operation_safir", type: "varchar", length: 20, nullable: true })
  numeroOperationSafir: string | null;

  @Authorized(CONTRACT_READERS)
  @Field(() => String, { nullable: true, description: `Numéro de marché Safir. ${CONTRAT}` })
  @Column({ name: "numero_marche_safir", type: "varchar", length: 20, nullable: true })
  numeroMarcheSafir: string | null;

  @Authorized(CONTRACT_READERS)
  @Field(() => String, { nullable: true, description: `Instance décisionnaire (ex. Conseil régional). ${CONTRAT}` })
  @Column({ name: "instance_decisionnaire", type: "varchar", length: 100, nullable: true })
  instanceDecisionnaire: string | null;

  @Authorized(CONTRACT_READERS)
  @Field(() => DateScalar, { nullable: true, description: `Date de vote. ${CONTRAT}` })
  @Column({ name: "date_vote", type: "date", nullable: true })
  dateVote: string | null;
}

// The sorted lists' indexes (migration 1766000000000), declared from the one list both share.
for (const proprietes of INDEX_LISTE_ACTIONS) Index([...proprietes])(Action);
