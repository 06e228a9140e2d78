import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { RoleCompte } from "./role.enum.js";

@ObjectType({ description: "Compte d'accès à SIGMA-graph." })
@Entity("compte")
export class Compte {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "Identifiant de connexion." })
  @Index({ unique: true })
  @Column({ length: 60 })
  identifiant: string;

  @Field({ description: "Adresse électronique (mot de passe oublié)." })
  @Index()
  @Column({ length: 254 })
  email: string;

  /** scrypt$N$r$p$salt$hash — never exposed, never logged. */
  @Column({ name: "mot_de_passe", length: 255 })
  motDePasse: string;

  @Field(() => RoleCompte)
  @Column({ type: "varchar", length: 12 })
  role: RoleCompte;

  @Column({ name: "organisme_id", type: "integer", nullable: true })
  organismeId: number | null;

  /** Consecutive failed logins; reset by a successful one. */
  @Column({ name: "echecs_connexion", type: "integer", default: 0 })
  echecsConnexion: number;

  /** Epoch milliseconds until which logins are refused (after too many failures). */
  @Column({ name: "verrouille_jusqua", type: "bigint", nullable: true, transformer: integerTransformer })
  verrouilleJusqua: number | null;
}
