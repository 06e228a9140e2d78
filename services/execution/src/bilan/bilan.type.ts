import { Field, Int, ObjectType } from "type-graphql";
import { MomentEnquete } from "./enquete.enums.js";

@ObjectType({ description: "Un effectif ventilé : code, libellé, nombre." })
export class Repartition {
  @Field({ description: "Code (valeur de l'énumération)." }) code: string;
  @Field({ description: "Libellé." }) libelle: string;
  @Field(() => Int, { description: "Nombre de stagiaires." }) nombre: number;
}

@ObjectType({ description: "Résultats d'une enquête de suivi (à la sortie, à 6 mois, à 1 an)." })
export class BilanEnquete {
  @Field(() => MomentEnquete, { description: "Moment de l'enquête." }) moment: MomentEnquete;
  @Field(() => Int, { description: "Stagiaires dont l'enquête est due (sortis depuis assez longtemps)." }) attendues: number;
  @Field(() => Int, { description: "Fiches de suivi remplies." }) renseignees: number;
  @Field(() => [Repartition], { description: "Répartition par situation." }) parSituation: Repartition[];
  @Field(() => [Repartition], { description: "Répartition des emplois par contrat." }) parContrat: Repartition[];
}

@ObjectType({ description: "Bilan pédagogique de l'action, établi à partir des fiches des stagiaires (seed 001 § 3.7.2)." })
export class BilanPedagogique {
  @Field(() => Int, { description: "Stagiaires entrés en formation." }) stagiairesEntres: number;
  @Field(() => Int, { description: "Stagiaires sortis de formation." }) stagiairesSortis: number;
  @Field(() => Int, { description: "Sorties en fin de formation." }) finsDeFormation: number;
  @Field(() => Int, { description: "Sorties anticipées." }) sortiesAnticipees: number;
  @Field(() => [Repartition], { description: "Sorties anticipées par motif." }) sortiesParMotif: Repartition[];
  @Field(() => [BilanEnquete], { description: "Enquêtes à la sortie, à 6 mois, à 1 an." }) enquetes: BilanEnquete[];
  @Field({ description: "Vrai quand chaque stagiaire entré a sa fiche de suivi à la sortie (conditionne le solde)." }) complet: boolean;
}
