import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.entity.js";
import { ActionService } from "../action/action.service.js";
import { Composante } from "../composante/composante.entity.js";
import { ComposanteService } from "../composante/composante.service.js";
import { HistoriqueLoader } from "../historique/historique.loader.js";
import { OrganismeLoader } from "../organisme/organisme.loader.js";
import { SiteRealisation } from "../organisme/site.entity.js";
import { InformationCollective } from "./information-collective.entity.js";
import { Session } from "./session.entity.js";
import { SessionService } from "./session.service.js";

@Resolver(() => Session)
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly composantes: ComposanteService,
    private readonly actions: ActionService,
    private readonly organismes: OrganismeLoader,
    private readonly historiques: HistoriqueLoader,
  ) {}

  @Query(() => Session, { nullable: true, description: "Une session publiée par son identifiant." })
  session(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Session | null> {
    return this.sessions.load(ctx, requireCaller(ctx), Number(id));
  }

  @FieldResolver(() => [InformationCollective], { description: "Informations collectives de la session, par date." })
  informationsCollectives(@Root() session: Session, @Ctx() ctx: RequestContext): Promise<InformationCollective[]> {
    return this.sessions.informationsCollectives(ctx, session.id);
  }

  @FieldResolver(() => Composante, { description: "Composante de la session." })
  async composante(@Root() session: Session, @Ctx() ctx: RequestContext): Promise<Composante> {
    return must(await this.composantes.load(ctx, requireCaller(ctx), session.composanteId), "composante");
  }

  @FieldResolver(() => Action, { description: "Action de la session." })
  async action(@Root() session: Session, @Ctx() ctx: RequestContext): Promise<Action> {
    return must(await this.actions.load(ctx, requireCaller(ctx), session.actionId), "action");
  }

  @FieldResolver(() => SiteRealisation, { description: "Lieu de la session (un site de réalisation de l'organisme)." })
  async site(@Root() session: Session, @Ctx() ctx: RequestContext): Promise<SiteRealisation> {
    return must(await this.organismes.site(ctx, session.siteId), "site");
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [EvenementHistorique], { description: "Historique de la session (création, modifications, annulation) : pas pour le CARIF." })
  historique(@Root() session: Session, @Ctx() ctx: RequestContext): Promise<EvenementHistorique[]> {
    return this.historiques.of(ctx, "Session", session.id);
  }
}

function must<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} absent(e)`);
  return value;
}
