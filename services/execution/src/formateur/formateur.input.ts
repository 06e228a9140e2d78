import { HeuresScalar } from "@sigma/kit/schema/scalars";
import { Field, InputType } from "type-graphql";
import { StatutFormateur } from "./statut-formateur.enum.js";

@InputType({ description: "Une ligne de « Gérer les formateurs » (seed 001 § 3.3) ; tous les champs sont obligatoires." })
export class FormateurInput {
  @Field({ description: "Nom." }) nom: string;
  @Field({ description: "Prénom." }) prenom: string;
  @Field({ description: "Domaine d'intervention du formateur." }) domaine: string;
  @Field(() => HeuresScalar, { description: "Heures assurées." }) heuresAssurees: number;
  @Field(() => StatutFormateur, { description: "Statut." }) statut: StatutFormateur;
  @Field({ description: "Formation et expérience professionnelle." }) formationExperience: string;
}
