import { PageInfo } from "@sigma/kit/pagination/cursor";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Une page du flux des sessions publiées, écrite en LHEO 2.3 (l'export /feeds/lheo.xml de la passerelle)." })
export class PageLheo {
  @Field({ description: "Les éléments <formation> LHEO 2.3 de la page, un par session (chacun suivi d'un saut de ligne), à placer dans <offres>." })
  formations: string;

  @Field(() => Int, { description: "Nombre de formations (sessions) de la page." })
  nombre: number;

  @Field(() => PageInfo, { description: "Position dans le flux, la même que celle de fluxSessions : garder endCursor pour reprendre." })
  pageInfo: PageInfo;
}
