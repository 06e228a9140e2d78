import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { BilanPedagogique } from "./bilan.type.js";
import { Enquete } from "./enquete.entity.js";
import { EnqueteInput } from "./enquete.input.js";
import { EnqueteService } from "./enquete.service.js";

@Resolver(() => Action)
export class ActionBilanResolver {
  constructor(private readonly enquetes: EnqueteService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => Boolean, { nullable: true, description: "Vrai quand chaque stagiaire entré a sa fiche de suivi à la sortie : finance attend ce bilan avant le solde." })
  bilanComplet(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.enquetes.complet(ctx, requireCaller(ctx), idOf(action.id));
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => BilanPedagogique, { nullable: true, description: "Bilan pédagogique : sorties et enquêtes de suivi agrégées." })
  bilanPedagogique(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<BilanPedagogique> {
    return this.enquetes.bilan(ctx, requireCaller(ctx), idOf(action.id));
  }
}

@Resolver(() => Stagiaire)
export class StagiaireEnquetesResolver {
  constructor(private readonly service: EnqueteService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [Enquete], { description: "Fiches de suivi du stagiaire (à la sortie, à 6 mois, à 1 an)." })
  enquetes(@Root() stagiaire: Stagiaire, @Ctx() ctx: RequestContext): Promise<Enquete[]> {
    return this.service.ofStagiaire(ctx, requireCaller(ctx), stagiaire.actionId, stagiaire.id);
  }

  @Mutation(() => Enquete, { description: "Remplit ou corrige la fiche de suivi d'un stagiaire sorti (à la sortie, à 6 mois, à 1 an)." })
  saisirEnquete(@Arg("input") input: EnqueteInput, @Ctx() ctx: RequestContext): Promise<Enquete> {
    return this.service.saisir(requireCaller(ctx), input);
  }
}
