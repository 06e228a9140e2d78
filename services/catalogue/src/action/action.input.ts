import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Filtres de la liste des actions (tous facultatifs)." })
export class FiltreActions {
  @Field(() => Int, { nullable: true, description: "Année de programmation." })
  annee?: number | null;

  @Field(() => String, { nullable: true, description: "Texte cherché dans le numéro d'action, l'intitulé et le numéro de contrat." })
  texte?: string | null;

  @Field(() => ID, { nullable: true, description: "Organisme titulaire (utile à la Région ; un organisme ne voit que les siennes)." })
  organismeId?: string | null;
}
