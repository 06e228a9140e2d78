import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { Formateur } from "./formateur.entity.js";
import { FormateurInput } from "./formateur.input.js";
import { FormateurService } from "./formateur.service.js";

@Resolver(() => Action)
export class ActionFormateursResolver {
  constructor(private readonly service: FormateurService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [Formateur], { nullable: true, description: "Formateurs de l'action, par nom (l'organisme titulaire et la Région seulement)." })
  formateurs(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Formateur[]> {
    return this.service.ofAction(ctx, requireCaller(ctx), idOf(action.id));
  }
}

@Resolver(() => Formateur)
export class FormateurResolver {
  constructor(private readonly formateurs: FormateurService) {}

  @Mutation(() => Formateur, { description: "« Ajouter un formateur » à l'action." })
  ajouterFormateur(@Arg("actionId", () => ID) actionId: string, @Arg("input") input: FormateurInput, @Ctx() ctx: RequestContext): Promise<Formateur> {
    return this.formateurs.ajouter(requireCaller(ctx), idOf(actionId), input);
  }

  @Mutation(() => Formateur, { description: "Modifie la ligne d'un formateur." })
  modifierFormateur(@Arg("id", () => ID) id: string, @Arg("input") input: FormateurInput, @Ctx() ctx: RequestContext): Promise<Formateur> {
    return this.formateurs.modifier(requireCaller(ctx), idOf(id), input);
  }

  @Mutation(() => Boolean, { description: "Supprime un formateur de l'action." })
  supprimerFormateur(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.formateurs.supprimer(requireCaller(ctx), idOf(id));
  }
}
