import { Field, ID, InputType } from "type-graphql";
import { ContratTravail, MomentEnquete, SituationStagiaire } from "./enquete.enums.js";

@InputType({ description: "« Fiche de suivi » d'un stagiaire sorti de formation." })
export class EnqueteInput {
  @Field(() => ID, { description: "Le stagiaire." }) stagiaireId: string;
  @Field(() => MomentEnquete, { description: "À la sortie, à 6 mois ou à 1 an." }) moment: MomentEnquete;
  @Field(() => SituationStagiaire, { description: "Situation du stagiaire." }) situation: SituationStagiaire;
  @Field(() => ContratTravail, { nullable: true, description: "Contrat, obligatoire pour un emploi." }) contrat?: ContratTravail | null;
}
