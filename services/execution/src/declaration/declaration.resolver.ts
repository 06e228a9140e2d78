import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { Absence } from "./absence.entity.js";
import { DeclarationService } from "./declaration.service.js";
import { DeclarationMensuelle, LigneDeclaration } from "./declaration.type.js";
import { SaisieHeuresInput } from "./saisie.input.js";
import { SaisieService } from "./saisie.service.js";

/** Hours are personal and money data: the action's OF, the Région and services only — never CARIF. */
@Authorized("ORGANISME", "REGION", "SERVICE")
@Resolver(() => DeclarationMensuelle)
export class DeclarationResolver {
  constructor(
    private readonly declarations: DeclarationService,
    private readonly saisie: SaisieService,
  ) {}

  @Query(() => DeclarationMensuelle, { nullable: true, description: "La déclaration d'un mois d'une action (« Réalisé horaire de l'action »)." })
  declaration(@Arg("actionId", () => ID) actionId: string, @Arg("mois", { description: "AAAA-MM." }) mois: string, @Ctx() ctx: RequestContext) {
    return this.declarations.one(ctx, requireCaller(ctx), idOf(actionId), mois);
  }

  @Mutation(() => DeclarationMensuelle, { description: "« Saisie des heures » d'un stagiaire pour le mois ouvert ; renvoie la déclaration du mois." })
  async saisirHeures(@Arg("input") input: SaisieHeuresInput, @Ctx() ctx: RequestContext): Promise<DeclarationMensuelle> {
    const actionId = await this.saisie.saisir(requireCaller(ctx), input);
    return (await this.declarations.one(ctx, requireCaller(ctx), actionId, input.mois))!;
  }

  @Mutation(() => DeclarationMensuelle, { description: "Confirme la déclaration d'un mois écoulé (15 premiers jours du mois suivant) : elle est figée et le mois suivant s'ouvre." })
  async confirmerDeclaration(@Arg("actionId", () => ID) actionId: string, @Arg("mois", { description: "AAAA-MM." }) mois: string, @Ctx() ctx: RequestContext) {
    await this.saisie.confirmer(requireCaller(ctx), idOf(actionId), mois);
    return (await this.declarations.one(ctx, requireCaller(ctx), idOf(actionId), mois))!;
  }
}

@Authorized("ORGANISME", "REGION", "SERVICE")
@Resolver(() => LigneDeclaration)
export class LigneDeclarationResolver {
  constructor(private readonly declarations: DeclarationService) {}

  @FieldResolver(() => [Absence], { description: "Périodes d'absence du stagiaire dans le mois." })
  absences(@Root() ligne: LigneDeclaration, @Ctx() ctx: RequestContext): Promise<Absence[]> {
    return this.declarations.absences(ctx, requireCaller(ctx), ligne.realisationId);
  }
}

@Resolver(() => Action)
export class ActionDeclarationsResolver {
  constructor(private readonly service: DeclarationService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [DeclarationMensuelle], { nullable: true, description: "Déclarations mensuelles, de chaque mois depuis le début réel, la plus ancienne d'abord." })
  declarations(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<DeclarationMensuelle[]> {
    return this.service.ofAction(ctx, requireCaller(ctx), idOf(action.id));
  }
}
