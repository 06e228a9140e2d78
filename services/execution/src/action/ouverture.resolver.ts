import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { DateScalar } from "@sigma/kit/schema/scalars";
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { ActionSuiviService } from "./action-suivi.service.js";
import { Action } from "./action.type.js";
import { OuvertureInput } from "./ouverture.input.js";
import { OuvertureService } from "./ouverture.service.js";

const action = (id: number): Action => ({ id: String(id) });

@Resolver()
export class OuvertureResolver {
  constructor(
    private readonly ouverture: OuvertureService,
    private readonly suivis: ActionSuiviService,
  ) {}

  @Mutation(() => Action, { description: "Ouvre l'action (AO → EC, irréversible) : l'ouverture déclenche la facture d'avance." })
  async ouvrirAction(@Arg("input") input: OuvertureInput, @Ctx() ctx: RequestContext): Promise<Action> {
    return action(await this.ouverture.ouvrir(requireCaller(ctx), input));
  }

  @Mutation(() => Action, { description: "Déclare la non-ouverture de l'action (définitif)." })
  async declarerNonOuverture(
    @Arg("actionId", () => ID) actionId: string,
    @Arg("motif", () => String, { nullable: true, description: "Motif de la non-ouverture." }) motif: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Action> {
    return action(await this.ouverture.declarerNonOuverture(requireCaller(ctx), idOf(actionId), motif));
  }

  @Authorized("SERVICE")
  @Mutation(() => Action, { description: "Réservé au service catalogue : applique la date de début réelle d'une demande de modification de dates validée par la Région (idempotent par référence)." })
  async appliquerDateDebutReelle(
    @Arg("actionId", () => ID) actionId: string,
    @Arg("date", () => DateScalar, { description: "Nouvelle date de début réelle." }) date: string,
    @Arg("reference", { description: "Référence de la demande validée (idempotence)." }) reference: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Action> {
    return action(await this.ouverture.appliquerDateDebutReelle(requireCaller(ctx), idOf(actionId), date, reference));
  }

  @Authorized("SERVICE", "REGION")
  @Query(() => [Action], { description: "Actions ouvertes (EC ou clôturées) après l'instant « depuis » (ISO 8601), de la plus ancienne ouverture à la plus récente : la facture d'avance de finance." })
  async actionsOuvertes(
    @Arg("depuis", () => String, { nullable: true, description: "Instant ISO 8601 exclu ; toutes les ouvertures si absent." }) depuis: string | null,
  ): Promise<Action[]> {
    return (await this.suivis.ouvertes(depuis)).map((suivi) => action(suivi.actionId));
  }
}
