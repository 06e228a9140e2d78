import { Field, Int, ObjectType } from "type-graphql";
import { Action } from "./action.entity.js";

@ObjectType({ description: "Une page numérotée d'actions, avec le nombre total d'actions du filtre (tableaux des écrans)." })
export class ListeActions {
  @Field(() => Int, { description: "Nombre total d'actions répondant au filtre (toutes pages)." })
  total: number;

  @Field(() => Int, { description: "Numéro de la page (à partir de 1)." })
  page: number;

  @Field(() => Int, { description: "Taille de page appliquée." })
  parPage: number;

  @Field(() => [Action], { description: "Les actions de la page, dans l'ordre du tri." })
  nodes: Action[];
}
