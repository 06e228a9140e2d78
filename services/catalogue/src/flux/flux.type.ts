import { PageInfo } from "@sigma/kit/pagination/cursor";
import { Field, ObjectType } from "type-graphql";
import { Session } from "../session/session.entity.js";

@ObjectType({ description: "Une page du flux des sessions publiées, dans l'ordre de leur dernier changement." })
export class PageSessions {
  @Field(() => [Session], { description: "Sessions publiées (annulées comprises : 0 place), avec leurs informations collectives." })
  nodes: Session[];

  @Field(() => PageInfo, { description: "Position dans le flux : garder endCursor pour reprendre là où l'on s'est arrêté." })
  pageInfo: PageInfo;
}
