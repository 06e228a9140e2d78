import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { DeclarationMensuelle } from "../declaration/declaration.type.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { HistoriqueService } from "./historique.service.js";

@Resolver(() => Action)
export class ActionHistoriqueResolver {
  constructor(private readonly historique: HistoriqueService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [EvenementHistorique], { nullable: true, description: "Historique de l'exécution de l'action (ouverture, clôture…), du plus ancien au plus récent." })
  historiqueExecution(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<EvenementHistorique[]> {
    return this.historique.of(ctx, requireCaller(ctx), "Action", idOf(action.id));
  }
}

@Resolver(() => Stagiaire)
export class StagiaireHistoriqueResolver {
  constructor(private readonly service: HistoriqueService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [EvenementHistorique], { description: "Historique de la fiche (inscription, modifications, sortie…), du plus ancien au plus récent." })
  historique(@Root() stagiaire: Stagiaire, @Ctx() ctx: RequestContext): Promise<EvenementHistorique[]> {
    return this.service.of(ctx, requireCaller(ctx), "Stagiaire", stagiaire.id);
  }
}

@Resolver(() => DeclarationMensuelle)
export class DeclarationHistoriqueResolver {
  constructor(private readonly service: HistoriqueService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [EvenementHistorique], {
    description: "Historique des heures du mois : chaque saisie ou import des heures d'un stagiaire (avant / après) et la confirmation, du plus ancien au plus récent.",
  })
  async historique(@Root() declaration: DeclarationMensuelle, @Ctx() ctx: RequestContext): Promise<EvenementHistorique[]> {
    const caller = requireCaller(ctx);
    // One batch (one statement) for the month and every trainee's line of it.
    const lists = await Promise.all([
      this.service.of(ctx, caller, "DeclarationMensuelle", declaration.id),
      ...declaration.lignes.map((ligne) => this.service.of(ctx, caller, "Realisation", `${ligne.stagiaire.id}:${declaration.mois}`)),
    ]);
    return lists.flat().sort((a, b) => a.instant - b.instant || a.id - b.id);
  }
}
