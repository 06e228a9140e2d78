import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { perimetreDeCle, perimetrePour } from "@sigma/kit/indicateurs/perimetre";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { IndicateursFinanceService } from "./indicateurs.service.js";
import { FinanceDuMois, IndicateursFinance, Perimetre } from "./perimetre.type.js";

/** Finance's figures on catalogue's Perimetre (issue 8); the scope was checked when the key was resolved. */
@Resolver(() => Perimetre)
export class PerimetreFinanceResolver {
  constructor(private readonly service: IndicateursFinanceService) {}

  @FieldResolver(() => IndicateursFinance, { description: "Facturé, validé, rejeté, payé ; avances ; délai moyen de paiement ; factures en attente de la Région." })
  finances(@Root() perimetre: Perimetre): Promise<IndicateursFinance> {
    return this.service.totaux(perimetre.scope);
  }

  @FieldResolver(() => [FinanceDuMois], { description: "Série mensuelle des montants facturés, validés, rejetés et payés (mois croissants)." })
  financesParMois(@Root() perimetre: Perimetre): Promise<FinanceDuMois[]> {
    return this.service.parMois(perimetre.scope);
  }
}

/** `_entities` for Perimetre: the key is parsed and the caller's rights applied again (CARIF refused, an organisme held to its own). */
export const perimetreReference = () => ({
  __resolveReference: (reference: { cle: string }, ctx: RequestContext): Perimetre => ({
    cle: reference.cle,
    scope: perimetrePour(requireCaller(ctx), perimetreDeCle(reference.cle)),
  }),
});
