import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Organisme } from "../organisme/organisme.entity.js";
import { OrganismeLoader } from "../organisme/organisme.loader.js";
import { Action } from "./action.entity.js";
import { ActionService } from "./action.service.js";

@Resolver(() => Action)
export class ActionResolver {
  constructor(
    private readonly actionService: ActionService,
    private readonly organismes: OrganismeLoader,
  ) {}

  @Query(() => [Action], { description: "Actions de formation, les plus récentes d'abord." })
  actions(@Ctx() ctx: RequestContext): Promise<Action[]> {
    return this.actionService.list(requireCaller(ctx));
  }

  @Query(() => Action, { nullable: true, description: "Une action par son numéro." })
  action(@Arg("numero") numero: string, @Ctx() ctx: RequestContext): Promise<Action | null> {
    return this.actionService.findByNumero(requireCaller(ctx), numero);
  }

  @FieldResolver(() => Organisme, { description: "Organisme titulaire." })
  async organisme(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Organisme> {
    const organisme = await this.organismes.load(ctx, action.organismeId);
    if (!organisme) throw new Error(`organisme ${action.organismeId} absent`);
    return organisme;
  }
}
