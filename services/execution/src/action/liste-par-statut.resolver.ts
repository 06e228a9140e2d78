import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { ActionSuiviService } from "./action-suivi.service.js";
import { ListeActionsParStatut } from "./liste-par-statut.type.js";
import { StatutAction } from "./statut-action.enum.js";

@Resolver()
export class ListeParStatutResolver {
  constructor(private readonly suivis: ActionSuiviService) {}

  @Query(() => ListeActionsParStatut, {
    // Nullable: a screen that also reads catalogue keeps its data when execution does not answer.
    nullable: true,
    description:
      "Les actions visibles de l'appelant qui sont dans l'un des statuts donnés (EC, CLOTUREE, NON_OUVERTE), par page numérotée : écrans de suivi et de facturation. Les actions en attente d'ouverture se listent par « listeActions ».",
  })
  listeActionsParStatut(
    @Arg("statuts", () => [StatutAction], { description: "Statuts voulus (au moins un ; pas AO)." }) statuts: StatutAction[],
    @Arg("page", () => Int, { nullable: true, description: "Numéro de page, à partir de 1 (1 par défaut)." }) page: number | null,
    @Arg("parPage", () => Int, { nullable: true, description: "Taille de la page (1 à 100, 20 par défaut)." }) parPage: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ListeActionsParStatut> {
    return this.suivis.parStatut(requireCaller(ctx), statuts, page, parPage);
  }
}
