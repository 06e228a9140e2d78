import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { StagiaireService } from "../stagiaire/stagiaire.service.js";
import { ActionSuiviService } from "./action-suivi.service.js";
import { Action } from "./action.type.js";
import { StatutAction } from "./statut-action.enum.js";

@Resolver(() => Action)
export class ActionExecutionResolver {
  constructor(
    private readonly suivis: ActionSuiviService,
    private readonly stagiaireService: StagiaireService,
  ) {}

  @FieldResolver(() => StatutAction, { description: "Statut d'exécution (AO, EC, clôturée, non ouverture)." })
  statut(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<StatutAction> {
    return this.suivis.statut(ctx, Number(action.id));
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [Stagiaire], { description: "Stagiaires inscrits, par nom (l'organisme titulaire et la Région seulement)." })
  stagiaires(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Stagiaire[]> {
    return this.stagiaireService.ofAction(ctx, requireCaller(ctx), Number(action.id));
  }
}
