import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { badInput } from "@sigma/kit/errors/errors";
import { perimetreDeCle, perimetrePour } from "@sigma/kit/indicateurs/perimetre";
import { Arg, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { IndicateursExecutionService } from "./indicateurs.service.js";
import {
  ActionsParStatut, HeuresDuMois, IndicateursHeures, IndicateursStagiaires, IndicateursSuivi, Perimetre, RealisationAction, ResultatEnquete,
} from "./perimetre.type.js";

/** Execution's figures on catalogue's Perimetre (issue 8); the scope was checked when the key was resolved. */
@Resolver(() => Perimetre)
export class PerimetreExecutionResolver {
  constructor(private readonly service: IndicateursExecutionService) {}

  @FieldResolver(() => [ActionsParStatut], { description: "Actions du périmètre par statut d'exécution (période : actions dont les dates prévues la recoupent)." })
  actionsParStatut(@Root() perimetre: Perimetre): Promise<ActionsParStatut[]> {
    return this.service.actionsParStatut(perimetre.scope);
  }

  @FieldResolver(() => IndicateursStagiaires, { description: "Stagiaires entrés, présents et sortis (par motif de sortie)." })
  stagiaires(@Root() perimetre: Perimetre): Promise<IndicateursStagiaires> {
    return this.service.stagiaires(perimetre.scope);
  }

  @FieldResolver(() => IndicateursHeures, { description: "Heures réalisées, heures contractualisées et taux de réalisation du périmètre." })
  heures(@Root() perimetre: Perimetre): Promise<IndicateursHeures> {
    return this.service.heures(perimetre.scope);
  }

  @FieldResolver(() => [HeuresDuMois], { description: "Série mensuelle des heures réalisées (mois déclarés compris dans la période), par mois croissant." })
  heuresParMois(@Root() perimetre: Perimetre): Promise<HeuresDuMois[]> {
    return this.service.heuresParMois(perimetre.scope);
  }

  @FieldResolver(() => [RealisationAction], { description: "Taux de réalisation action par action (détail), par identifiant d'action croissant." })
  realisationParAction(
    @Root() perimetre: Perimetre,
    @Arg("premier", () => Int, { defaultValue: 50, description: "Nombre d'actions (1 à 500, 50 par défaut)." }) premier: number,
    @Arg("apresId", () => ID, { nullable: true, description: "Identifiant de la dernière action de la page précédente." }) apresId: string | null,
  ): Promise<RealisationAction[]> {
    if (!(premier >= 1 && premier <= 500)) throw badInput("« premier » doit être compris entre 1 et 500.", "premier");
    if (apresId != null && !/^\d{1,9}$/.test(apresId)) throw badInput(`Identifiant invalide : « ${apresId} ».`, "apresId");
    return this.service.realisationParAction(perimetre.scope, premier, Number(apresId ?? 0));
  }

  @FieldResolver(() => IndicateursSuivi, { description: "Déclarations en attente ou en retard et actions en retard de fermeture, à la date du jour." })
  suivi(@Root() perimetre: Perimetre): Promise<IndicateursSuivi> {
    return this.service.suivi(perimetre.scope);
  }

  @FieldResolver(() => [ResultatEnquete], { description: "Résultats des enquêtes de suivi (sortie, 6 mois, 1 an) ; période : date de sortie du stagiaire." })
  enquetes(@Root() perimetre: Perimetre): Promise<ResultatEnquete[]> {
    return this.service.enquetes(perimetre.scope);
  }
}

/** `_entities` for Perimetre: the key is parsed and the caller's rights applied again (CARIF refused, an organisme held to its own). */
export const perimetreReference = () => ({
  __resolveReference: (reference: { cle: string }, ctx: RequestContext): Perimetre => ({
    cle: reference.cle,
    scope: perimetrePour(requireCaller(ctx), perimetreDeCle(reference.cle)),
  }),
});
