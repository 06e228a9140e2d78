import { DateScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, InputType } from "type-graphql";
import { FrequencePaiement } from "./frequence-paiement.enum.js";

@InputType({ description: "« Ouverture de l'action » : date de début réelle et fréquence de paiement." })
export class OuvertureInput {
  @Field(() => ID, { description: "L'action à ouvrir." })
  actionId: string;

  @Field(() => DateScalar, { description: "Date de début réelle : la date d'entrée du premier stagiaire." })
  dateDebutReelle: string;

  @Field(() => FrequencePaiement, { description: "Fréquence de paiement des acomptes." })
  frequencePaiement: FrequencePaiement;
}
