import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "Organisme de formation, titulaire ou sous-traitant de marchés de la Région." })
@Entity("organisme")
export class Organisme {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "Code SIGMA de l'organisme (ex. OR5159)." })
  @Index({ unique: true })
  @Column({ length: 20 })
  code: string;

  @Field({ description: "Raison sociale." })
  @Column({ name: "raison_sociale", length: 255 })
  raisonSociale: string;

  @Field({ description: "SIRET (14 chiffres)." })
  @Column({ length: 14 })
  siret: string;

  @Field(() => String, { nullable: true, description: "Numéro de déclaration d'activité (11 caractères, LHEO numero-activite)." })
  @Column({ name: "numero_activite", type: "varchar", length: 11, nullable: true })
  numeroActivite: string | null;

  @Field(() => String, { nullable: true, description: "Adresse." })
  @Column({ type: "varchar", length: 255, nullable: true })
  adresse: string | null;

  @Field(() => String, { nullable: true, description: "Complément d'adresse." })
  @Column({ name: "complement_adresse", type: "varchar", length: 255, nullable: true })
  complementAdresse: string | null;

  @Field(() => String, { nullable: true, description: "Code postal." })
  @Column({ name: "code_postal", type: "varchar", length: 5, nullable: true })
  codePostal: string | null;

  @Field(() => String, { nullable: true, description: "Ville." })
  @Column({ type: "varchar", length: 100, nullable: true })
  ville: string | null;

  @Field(() => Int, { description: "TVA : 0 = exonéré (TTC = HT), sinon taux en points de base (1960 = 19,60 %)." })
  @Column({ name: "taux_tva_points_de_base", type: "integer", default: 0 })
  tauxTvaPointsDeBase: number;
}
