import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { DateScalar } from "@sigma/kit/schema/scalars";
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from "type-graphql";
import { Action } from "../action/action.type.js";
import { ClotureService } from "./cloture.service.js";

@ObjectType({ description: "Résultat de la clôture d'une action." })
export class ClotureResultat {
  @Field(() => Action, { description: "L'action clôturée." }) action: Action;
  @Field(() => String, { nullable: true, description: "Avertissement lorsque la date de fin réelle diffère de la date de fin prévue (avenant à demander)." })
  avertissement: string | null;
}

@Resolver()
export class ClotureResolver {
  constructor(private readonly clotures: ClotureService) {}

  @Mutation(() => ClotureResultat, { description: "« Fermeture de l'action » : date de fin réelle, une fois tous les stagiaires sortis et toutes les déclarations confirmées." })
  async cloturerAction(
    @Arg("actionId", () => ID) actionId: string,
    @Arg("dateFinReelle", () => DateScalar, { description: "Date de fin réelle de l'action." }) dateFinReelle: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ClotureResultat> {
    const avertissement = await this.clotures.cloturer(requireCaller(ctx), idOf(actionId), dateFinReelle);
    return { action: { id: actionId }, avertissement };
  }
}
