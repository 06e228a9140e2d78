import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { DateScalar } from "@sigma/kit/schema/scalars";
import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { Horloge } from "../access/access.js";
import { enRetardDeFermeture } from "../cloture/cloture.rules.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { StagiaireService } from "../stagiaire/stagiaire.service.js";
import { ActionSuiviService } from "./action-suivi.service.js";
import { Action } from "./action.type.js";
import { FrequencePaiement } from "./frequence-paiement.enum.js";
import { StatutAction } from "./statut-action.enum.js";

/** Execution's fields on catalogue's Action: each one batched through the request's loaders. */
@Resolver(() => Action)
export class ActionExecutionResolver {
  constructor(
    private readonly suivis: ActionSuiviService,
    private readonly stagiaireService: StagiaireService,
    private readonly horloge: Horloge,
  ) {}

  @FieldResolver(() => StatutAction, { nullable: true, description: "Statut d'exécution (AO, EC, clôturée, non ouverture)." })
  statut(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<StatutAction> {
    return this.suivis.statut(ctx, requireCaller(ctx), idOf(action.id));
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "Date de début réelle (saisie à l'ouverture)." })
  async dateDebutReelle(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.suivis.suivi(ctx, requireCaller(ctx), idOf(action.id)))?.dateDebutReelle ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "Date de fin réelle (saisie à la clôture)." })
  async dateFinReelle(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.suivis.suivi(ctx, requireCaller(ctx), idOf(action.id)))?.dateFinReelle ?? null;
  }

  /** The same rule as the home counter « actions en retard de fermeture » (tableau.rules.ts). */
  @Directive('@requires(fields: "dateFinPrevue")')
  @FieldResolver(() => Boolean, {
    description: "En retard de fermeture : action ouverte (en cours), non clôturée, dont la date de fin prévue est dépassée (à la date du jour).",
  })
  async enRetardDeFermeture(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (!action.dateFinPrevue) throw new Error("Représentation d'Action sans dateFinPrevue (@requires)");
    const statut = await this.suivis.statut(ctx, requireCaller(ctx), idOf(action.id));
    return enRetardDeFermeture(statut, action.dateFinPrevue, this.horloge.aujourdhui());
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => FrequencePaiement, { nullable: true, description: "Fréquence de paiement choisie à l'ouverture." })
  async frequencePaiement(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<FrequencePaiement | null> {
    return (await this.suivis.suivi(ctx, requireCaller(ctx), idOf(action.id)))?.frequencePaiement ?? null;
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => String, { nullable: true, description: "Instant de l'ouverture (ISO 8601) : curseur de « actionsOuvertes »." })
  async ouverteLe(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<string | null> {
    const instant = (await this.suivis.suivi(ctx, requireCaller(ctx), idOf(action.id)))?.ouverteLe;
    return instant ? new Date(instant).toISOString() : null;
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => String, { nullable: true, description: "Motif de la non-ouverture, si elle a été déclarée." })
  async motifNonOuverture(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.suivis.suivi(ctx, requireCaller(ctx), idOf(action.id)))?.motifNonOuverture ?? null;
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [Stagiaire], { nullable: true, description: "Stagiaires inscrits, par nom (l'organisme titulaire et la Région seulement)." })
  stagiaires(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Stagiaire[]> {
    return this.stagiaireService.ofAction(ctx, requireCaller(ctx), idOf(action.id));
  }
}
