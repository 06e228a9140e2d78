import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { Prescription } from "./prescription.type.js";
import { StagiaireService } from "./stagiaire.service.js";

@Resolver(() => Action)
export class ActionPrescriptionResolver {
  constructor(private readonly stagiaires: StagiaireService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => Prescription, {
    nullable: true,
    description: "Colonne « Prescrit » du CRE : forfaits parcours et heures prévus par les parcours des stagiaires entrés. Null pour une action sans aucune saisie d'exécution (ou d'un autre organisme).",
  })
  prescription(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Prescription | null> {
    return this.stagiaires.prescription(ctx, requireCaller(ctx), idOf(action.id));
  }
}
