import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AFacturerService } from "../facture/a-facturer.service.js";
import { Facture } from "../facture/facture.entity.js";
import { FactureService } from "../facture/facture.service.js";
import { idOf } from "@sigma/kit/ids/ids";
import { Cre, FactureAEmettre } from "../facture/facture.types.js";
import { FactureSousTraitant } from "../sous-traitance/sous-traitance.entity.js";
import { SousTraitanceService } from "../sous-traitance/sous-traitance.service.js";
import { Action } from "./action.type.js";

/** Finance's fields on catalogue's Action: money, for the organisme, the Région and services only. */
@Resolver(() => Action)
export class ActionFinanceResolver {
  constructor(
    private readonly factureService: FactureService,
    private readonly aFacturerService: AFacturerService,
    private readonly sousTraitanceService: SousTraitanceService,
  ) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [Facture], { nullable: true, description: "Factures de l'action, dans l'ordre d'émission (l'organisme et la Région seulement)." })
  factures(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Facture[]> {
    return this.factureService.ofAction(ctx, requireCaller(ctx), idOf(action.id));
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [FactureAEmettre], {
    nullable: true,
    description: "« A facturer » : les factures que l'action peut émettre (la première disponible d'abord) et la période en cours. Vide tant que le catalogue ou l'exécution ne répondent pas.",
  })
  aFacturer(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<FactureAEmettre[]> {
    return this.aFacturerService.aFacturer(ctx, requireCaller(ctx), idOf(action.id));
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => Cre, { nullable: true, description: "Compte-rendu d'exécution (CRE) : contractualisé, prescrit, réalisé, facturé, période courante. Null tant que le catalogue ou l'exécution ne répondent pas." })
  cre(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Cre | null> {
    return this.aFacturerService.cre(ctx, requireCaller(ctx), idOf(action.id));
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => [FactureSousTraitant], { nullable: true, description: "Factures des sous-traitants saisies par le titulaire." })
  sousTraitances(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<FactureSousTraitant[]> {
    return this.sousTraitanceService.ofAction(ctx, requireCaller(ctx), idOf(action.id));
  }
}
