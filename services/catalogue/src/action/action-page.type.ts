import { PageInfo } from "@sigma/kit/pagination/cursor";
import { Field, ObjectType } from "type-graphql";
import { Action } from "./action.entity.js";

@ObjectType({ description: "Une page d'actions (pagination par curseur)." })
export class PageActions {
  @Field(() => [Action], { description: "Les actions de la page." })
  nodes: Action[];

  @Field(() => PageInfo, { description: "Position dans la liste." })
  pageInfo: PageInfo;
}
