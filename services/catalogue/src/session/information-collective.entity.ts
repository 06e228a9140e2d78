import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { DateScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Adresse, ligneVoie } from "./adresse.type.js";
import { Session } from "./session.entity.js";

/** An information meeting of a session (seed 004 § 2): never deleted, cancelled by 0 places. */
@ObjectType({ description: "Information collective d'une session (recrutement, LHEO modalite-recrutement 9)." })
@Entity("information_collective")
export class InformationCollective {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: "session_id", type: "integer" })
  sessionId: number;

  @ManyToOne(() => Session, { nullable: false, onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  @JoinColumn({ name: "session_id" })
  sessionRef?: Session;

  @Field(() => DateScalar, { description: "Date." })
  @Column({ type: "date" })
  date: string;

  @Field({ description: "Heure de début (hh:mm)." })
  @Column({ name: "heure_debut", length: 5 })
  heureDebut: string;

  @Field({ description: "Heure de fin (hh:mm), après l'heure de début." })
  @Column({ name: "heure_fin", length: 5 })
  heureFin: string;

  @Field(() => Int, { description: "Nombre de places (capacité d'accueil) ; 0 = annulée." })
  @Column({ name: "nb_places", type: "integer" })
  nbPlaces: number;

  @Field(() => String, { nullable: true, description: "Commentaire, publié tel quel (Meformer)." })
  @Column({ type: "varchar", length: 500, nullable: true })
  commentaire: string | null;

  @Column({ name: "numero_voie", type: "varchar", length: 10, nullable: true })
  numeroVoie: string | null;

  @Column({ name: "extension_voie", type: "varchar", length: 10, nullable: true })
  extensionVoie: string | null;

  @Column({ name: "type_voie", type: "varchar", length: 30, nullable: true })
  typeVoie: string | null;

  @Column({ name: "libelle_voie", length: 100 })
  libelleVoie: string;

  @Column({ type: "varchar", length: 100, nullable: true })
  complement: string | null;

  @Column({ name: "mention_speciale", type: "varchar", length: 100, nullable: true })
  mentionSpeciale: string | null;

  @Column({ name: "code_postal", length: 5 })
  codePostal: string;

  @Column({ length: 50 })
  ville: string;

  @Column({ type: "varchar", length: 20, nullable: true })
  cedex: string | null;

  @Column({ name: "modifie_le", type: "bigint", transformer: integerTransformer })
  modifieLe: number;

  @Field(() => Adresse, { description: "Adresse de l'information collective." })
  get adresse(): Adresse {
    return { ...adresseOf(this), ligne: ligneVoie(this) };
  }

  @Field({ description: "Vrai quand l'information collective est annulée (0 place)." })
  get annulee(): boolean {
    return this.nbPlaces === 0;
  }
}

export function adresseOf(ic: Omit<Adresse, "ligne">): Omit<Adresse, "ligne"> {
  const { numeroVoie, extensionVoie, typeVoie, libelleVoie, complement, mentionSpeciale, codePostal, ville, cedex } = ic;
  return { numeroVoie, extensionVoie, typeVoie, libelleVoie, complement, mentionSpeciale, codePostal, ville, cedex };
}
