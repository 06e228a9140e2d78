import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Stagiaire } from "./stagiaire.entity.js";

export enum EtatDemande { EN_ATTENTE = "EN_ATTENTE", VALIDEE = "VALIDEE", REFUSEE = "REFUSEE" }
registerEnumType(EtatDemande, {
  name: "EtatDemandeModificationStagiaire",
  description: "État d'une demande de modification d'une fiche stagiaire.",
  valuesConfig: {
    EN_ATTENTE: { description: "En attente de validation par la Région." },
    VALIDEE: { description: "Validée par la Région : la fiche a été modifiée." },
    REFUSEE: { description: "Refusée par la Région." },
  },
});

/**
 * After opening and entry, a trainee's record changes only on the Région's approval (seed 001
 * § 3.2): the OF files the new values here, the Région validates (they are applied then) or refuses.
 */
@ObjectType("DemandeModificationStagiaire", { description: "Demande de modification d'une fiche stagiaire après ouverture et entrée en formation." })
@Entity("demande_modification_stagiaire")
export class DemandeModificationStagiaire {
  @Field(() => ID, { description: "Identifiant de la demande." })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "stagiaire_id", type: "integer" })
  stagiaireId: number;

  @ManyToOne(() => Stagiaire, { onDelete: "CASCADE", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "stagiaire_id" })
  stagiaireRef?: Stagiaire;

  @Column({ name: "action_id", type: "integer" })
  actionId: number;

  @Index()
  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Field(() => EtatDemande, { description: "État de la demande." })
  @Index()
  @Column({ type: "varchar", length: 12 })
  etat: EtatDemande;

  @Field({ description: "Motivation de la demande." })
  @Column({ type: "text" })
  motivation: string;

  /** The requested record (StagiaireInput as JSON), applied on validation. */
  @Column({ name: "contenu", type: "text" })
  contenu: string;

  /** Field label → [before, after], shown as the request's recap. */
  @Column({ name: "modifications", type: "text" })
  modificationsJson: string;

  @Column({ name: "emise_le", type: "bigint", transformer: integerTransformer })
  emiseLe: number;

  @Column({ name: "traitee_le", type: "bigint", nullable: true, transformer: integerTransformer })
  traiteeLe: number | null;

  @Field(() => String, { nullable: true, description: "Motif du refus." })
  @Column({ name: "motif_refus", type: "text", nullable: true })
  motifRefus: string | null;
}
