import { Field, Int, ObjectType } from "type-graphql";
import { Action } from "./action.type.js";

@ObjectType({ description: "Une page numérotée des actions d'un ou plusieurs statuts d'exécution, avec leur nombre total." })
export class ListeActionsParStatut {
  @Field(() => Int, { description: "Nombre total d'actions de ces statuts (toutes pages)." })
  total: number;

  @Field(() => Int, { description: "Numéro de la page (à partir de 1)." })
  page: number;

  @Field(() => Int, { description: "Taille de page appliquée." })
  parPage: number;

  @Field(() => [Action], { description: "Les actions de la page, les plus anciennes d'abord (identifiant croissant)." })
  nodes: Action[];
}
