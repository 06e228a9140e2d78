import { HeuresScalar } from "@sigma/kit/schema/scalars";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Quantités prescrites (colonne « Prescrit » du CRE) : prévues par les parcours individualisés des stagiaires entrés." })
export class Prescription {
  @Field(() => HeuresScalar, { description: "Forfaits parcours prescrits : un par stagiaire entré ayant un parcours individualisé (ex. « 3.00 »)." })
  forfaitsParcours: number;

  @Field(() => HeuresScalar, { description: "Heures en centre prévues par ces parcours (« Nombre d'heures en centre »)." })
  heuresCentre: number;

  @Field(() => HeuresScalar, { description: "Heures en entreprise prévues par ces parcours (« Nombre d'heures en entreprise »)." })
  heuresEntreprise: number;
}
