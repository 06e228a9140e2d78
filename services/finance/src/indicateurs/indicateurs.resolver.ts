import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { perimetreDeCle, perimetrePour } from "@sigma/kit/indicateurs/perimetre";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { IndicateursFinanceService } from "./indicateurs.service.js";
import { FinanceDuMois, IndicateursFinance, Perimetre } from "./perimetre.type.js";

const series = new WeakMap<RequestContext, Map<string, Promise<FinanceDuMois[]>>>();

/** Finance's figures on catalogue's Perimetre (issue 8); the scope was checked when the key was resolved. */
@Resolver(() => Perimetre)
export class PerimetreFinanceResolver {
  constructor(private readonly service: IndicateursFinanceService) {}

  @FieldResolver(() => IndicateursFinance, { description: "Facturé, validé, rejeté, payé ; avances ; délai moyen de paiement ; factures en attente de la Région." })
  finances(@Root() perimetre: Perimetre, @Ctx() ctx: RequestContext): Promise<IndicateursFinance> {
    return this.service.totaux(perimetre.scope, this.serie(perimetre, ctx));
  }

  @FieldResolver(() => [FinanceDuMois], { description: "Série mensuelle des montants facturés, validés, rejetés et payés (mois croissants)." })
  financesParMois(@Root() perimetre: Perimetre, @Ctx() ctx: RequestContext): Promise<FinanceDuMois[]> {
    return this.serie(perimetre, ctx);
  }

  /**
   * The monthly series is read once per perimeter and request (the totals are its sums). Kept on
   * the request's context: each field receives its own copy of the entity, not a shared object.
   */
  private serie(perimetre: Perimetre, ctx: RequestContext): Promise<FinanceDuMois[]> {
    let parCle = series.get(ctx);
    if (!parCle) series.set(ctx, (parCle = new Map()));
    let serie = parCle.get(perimetre.cle);
    if (!serie) parCle.set(perimetre.cle, (serie = this.service.parMois(perimetre.scope)));
    return serie;
  }
}

/** `_entities` for Perimetre: the key is parsed and the caller's rights applied again (CARIF refused, an organisme held to its own). */
export const perimetreReference = () => ({
  __resolveReference: (reference: { cle: string }, ctx: RequestContext): Perimetre => ({
    cle: reference.cle,
    scope: perimetrePour(requireCaller(ctx), perimetreDeCle(reference.cle)),
  }),
});
