import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.entity.js";
import { ActionService } from "../action/action.service.js";
import { Composante } from "../composante/composante.entity.js";
import { ComposanteService } from "../composante/composante.service.js";
import { Session } from "../session/session.entity.js";
import { SessionService } from "../session/session.service.js";
import { DemandeModification } from "./demande.entity.js";
import { HistoriqueLoader } from "../historique/historique.loader.js";
import { DemandeLoader, OBJET_DEMANDE } from "./demande.loader.js";
import { LigneModification } from "./ligne-modification.entity.js";

/** Reads of a demande; its life cycle is in demande-mutation.resolver.ts. */
@Resolver(() => DemandeModification)
export class DemandeResolver {
  constructor(
    private readonly demandes: DemandeLoader,
    private readonly actions: ActionService,
    private readonly composantes: ComposanteService,
    private readonly sessions: SessionService,
    private readonly historiques: HistoriqueLoader,
  ) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @Query(() => DemandeModification, { nullable: true, description: "Une demande de modification par son identifiant." })
  demandeModification(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DemandeModification | null> {
    return this.demandes.load(ctx, requireCaller(ctx), Number(id));
  }

  @FieldResolver(() => Action, { description: "Action concernée." })
  async action(@Root() demande: DemandeModification, @Ctx() ctx: RequestContext): Promise<Action> {
    const action = await this.actions.load(ctx, requireCaller(ctx), demande.actionId);
    if (!action) throw new Error(`action ${demande.actionId} absente`);
    return action;
  }

  @FieldResolver(() => Composante, { nullable: true, description: "Composante choisie (demande de sessions)." })
  composante(@Root() demande: DemandeModification, @Ctx() ctx: RequestContext): Promise<Composante | null> {
    return demande.composanteId === null ? Promise.resolve(null) : this.composantes.load(ctx, requireCaller(ctx), demande.composanteId);
  }

  @FieldResolver(() => Session, { nullable: true, description: "Session modifiée (ou créée, une fois la demande appliquée)." })
  session(@Root() demande: DemandeModification, @Ctx() ctx: RequestContext): Promise<Session | null> {
    return demande.sessionId === null ? Promise.resolve(null) : this.sessions.load(ctx, requireCaller(ctx), demande.sessionId);
  }

  @FieldResolver(() => [LigneModification], { description: "Récapitulatif « MODIFICATIONS » calculé par le serveur." })
  lignes(@Root() demande: DemandeModification, @Ctx() ctx: RequestContext): Promise<LigneModification[]> {
    return this.demandes.lignes(ctx, demande.id);
  }

  @FieldResolver(() => [EvenementHistorique], { description: "« Etat / Historique » : chaque changement d'état, qui et quand." })
  historique(@Root() demande: DemandeModification, @Ctx() ctx: RequestContext): Promise<EvenementHistorique[]> {
    return this.historiques.of(ctx, OBJET_DEMANDE, demande.id);
  }
}
