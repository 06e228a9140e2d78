import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { TableauService } from "./tableau.service.js";
import { TableauDeBord } from "./tableau.type.js";

@Resolver()
export class TableauResolver {
  constructor(private readonly tableau: TableauService) {}

  @Query(() => TableauDeBord, { description: "Compteurs de l'accueil : ceux de l'organisme connecté ; pour la Région, tous les organismes ou celui demandé." })
  tableauDeBord(
    @Arg("organismeId", () => ID, { nullable: true, description: "Région : restreint à un organisme." }) organismeId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TableauDeBord> {
    return this.tableau.compteurs(requireCaller(ctx), organismeId == null ? null : idOf(organismeId));
  }
}
