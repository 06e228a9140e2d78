import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Facture } from "../facture/facture.entity.js";
import { FactureService } from "../facture/facture.service.js";
import { Action } from "./action.type.js";

@Resolver(() => Action)
export class ActionFinanceResolver {
  constructor(private readonly factureService: FactureService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [Facture], { description: "Factures de l'action, dans l'ordre d'émission (l'organisme et la Région seulement)." })
  factures(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Facture[]> {
    return this.factureService.ofAction(ctx, requireCaller(ctx), Number(action.id));
  }
}
