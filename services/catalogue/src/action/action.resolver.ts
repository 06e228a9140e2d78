import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Composante } from "../composante/composante.entity.js";
import { ComposanteService } from "../composante/composante.service.js";
import { PeriodePrevue } from "../composante/periode.entity.js";
import { DemandeModification } from "../demande/demande.entity.js";
import { DemandeLoader } from "../demande/demande.loader.js";
import { Marche } from "../marche/marche.entity.js";
import { MarcheService } from "../marche/marche.service.js";
import { Organisme } from "../organisme/organisme.entity.js";
import { OrganismeLoader } from "../organisme/organisme.loader.js";
import { Session } from "../session/session.entity.js";
import { SessionService } from "../session/session.service.js";
import { PageActions } from "./action-page.type.js";
import { Action } from "./action.entity.js";
import { FiltreActions } from "./action.input.js";
import { ListeActions } from "./action-liste.type.js";
import { TriActions } from "./action-tri.input.js";
import { ActionService } from "./action.service.js";

@Resolver(() => Action)
export class ActionResolver {
  constructor(
    private readonly actionService: ActionService,
    private readonly organismes: OrganismeLoader,
    private readonly marches: MarcheService,
    private readonly composanteService: ComposanteService,
    private readonly sessionService: SessionService,
    private readonly demandes: DemandeLoader,
  ) {}

  @Query(() => [Action], { description: "Actions de formation, les plus récentes d'abord — toutes, sans pagination : les écrans utilisent « listeActions »." })
  actions(@Ctx() ctx: RequestContext): Promise<Action[]> {
    return this.actionService.list(requireCaller(ctx));
  }

  @Query(() => ListeActions, { description: "Les actions visibles de l'appelant, par page numérotée, triées, avec leur nombre total (tableaux des écrans)." })
  listeActions(
    @Arg("filtre", () => FiltreActions, { nullable: true }) filtre: FiltreActions | null,
    @Arg("tri", () => TriActions, { nullable: true }) tri: TriActions | null,
    @Arg("page", () => Int, { nullable: true, description: "Numéro de page, à partir de 1 (1 par défaut)." }) page: number | null,
    @Arg("parPage", () => Int, { nullable: true, description: "Taille de la page (1 à 100, 20 par défaut)." }) parPage: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ListeActions> {
    return this.actionService.liste(requireCaller(ctx), filtre ?? {}, tri, page, parPage);
  }

  @Query(() => PageActions, { description: "Liste des actions par année et texte (numéro, intitulé, contrat), paginée par curseur." })
  rechercheActions(
    @Arg("filtre", () => FiltreActions, { nullable: true }) filtre: FiltreActions | null,
    @Arg("premiers", () => Int, { nullable: true, description: "Taille de la page (1 à 100, 20 par défaut)." }) premiers: number | null,
    @Arg("apres", () => String, { nullable: true, description: "Curseur de fin de la page précédente." }) apres: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PageActions> {
    return this.actionService.search(requireCaller(ctx), filtre ?? {}, premiers, apres);
  }

  @Query(() => Action, { nullable: true, description: "Une action par son numéro." })
  action(@Arg("numero") numero: string, @Ctx() ctx: RequestContext): Promise<Action | null> {
    return this.actionService.findByNumero(requireCaller(ctx), numero);
  }

  @Query(() => Action, { nullable: true, description: "Une action par son identifiant." })
  actionParId(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Action | null> {
    return this.actionService.load(ctx, requireCaller(ctx), Number(id));
  }

  @FieldResolver(() => Organisme, { description: "Organisme titulaire." })
  async organisme(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Organisme> {
    const organisme = await this.organismes.load(ctx, action.organismeId);
    if (!organisme) throw new Error(`organisme ${action.organismeId} absent`);
    return organisme;
  }

  @FieldResolver(() => Marche, { description: "Marché / bon de commande de l'action." })
  async marche(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Marche> {
    const marche = action.marcheId === null ? null : await this.marches.load(ctx, action.marcheId);
    if (!marche) throw new Error(`marché de l'action ${action.id} absent`);
    return marche;
  }

  @FieldResolver(() => Int, { description: "Nombre de sous-traitants (du marché)." })
  async nombreSousTraitants(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<number> {
    return action.marcheId === null ? 0 : (await this.marches.sousTraitants(ctx, action.marcheId)).length;
  }

  @FieldResolver(() => [Composante], { description: "Composantes de l'action, par numéro." })
  composantes(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Composante[]> {
    return this.composanteService.ofAction(ctx, action.id);
  }

  @FieldResolver(() => [PeriodePrevue], { description: "Périodes prévues en centre et en entreprise." })
  periodes(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<PeriodePrevue[]> {
    return this.composanteService.periodes(ctx, action.id);
  }

  @FieldResolver(() => [Session], { description: "Sessions publiées de l'action, par composante et numéro." })
  sessions(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Session[]> {
    return this.sessionService.ofAction(ctx, action.id);
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [DemandeModification], { description: "Demandes de modification de l'action, les plus récentes d'abord (pas pour le CARIF)." })
  demandesModification(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<DemandeModification[]> {
    return this.demandes.ofAction(ctx, action.id);
  }
}
