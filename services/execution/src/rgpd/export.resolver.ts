import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { idOf } from "@sigma/kit/ids/ids";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { ExportStagiaireService } from "./export.service.js";
import { ExportDonneesStagiaire } from "./export.type.js";

@Resolver()
export class ExportStagiaireResolver {
  constructor(private readonly service: ExportStagiaireService) {}

  @Authorized("REGION")
  @Mutation(() => ExportDonneesStagiaire, {
    description: "Droit d'accès RGPD : toutes les données d'un stagiaire (fiche, parcours, heures, absences, enquêtes, historique, action et factures), pour la Région seulement ; l'export est consigné dans l'historique du stagiaire.",
  })
  exporterDonneesStagiaire(@Arg("stagiaireId", () => ID) stagiaireId: string, @Ctx() ctx: RequestContext): Promise<ExportDonneesStagiaire> {
    return this.service.exporter(requireCaller(ctx), idOf(stagiaireId));
  }
}
