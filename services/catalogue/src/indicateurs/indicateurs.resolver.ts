import { requireCaller, requireRole } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { badInput } from "@sigma/kit/errors/errors";
import { cleDuPerimetre, perimetreDeCle, perimetrePour, verifierPeriode, type Perimetre as Scope } from "@sigma/kit/indicateurs/perimetre";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.entity.js";
import { IndicateursOffreService } from "./indicateurs.service.js";
import { AxeRepartition, DimensionAction, FiltreIndicateurs, IndicateursOffre, LigneRepartitionOffre, Perimetre } from "./perimetre.type.js";

const entierPositif = (texte: string | null | undefined, champ: string): number | null => {
  if (texte === null || texte === undefined || texte === "") return null;
  if (!/^\d{1,9}$/.test(texte) || Number(texte) === 0) throw badInput(`Identifiant invalide : « ${texte} ».`, champ);
  return Number(texte);
};

const texte = (valeur: string | null | undefined): string | null => (valeur === null || valeur === undefined || valeur.trim() === "" ? null : valeur.trim());

export function versPerimetre(scope: Scope): Perimetre {
  return {
    cle: cleDuPerimetre(scope),
    anneeProgrammation: scope.anneeProgrammation,
    dispositif: scope.dispositif,
    departement: scope.departement,
    organismeId: scope.organismeId === null ? null : String(scope.organismeId),
    du: scope.du,
    au: scope.au,
  };
}

/** The scope back from a Perimetre (the key is the truth: it was built with the caller's rights). */
const scopeDe = (perimetre: Perimetre): Scope => perimetreDeCle(perimetre.cle);

@Resolver(() => Perimetre)
export class IndicateursResolver {
  constructor(private readonly service: IndicateursOffreService) {}

  @Query(() => Perimetre, {
    description:
      "Tableau de bord : le périmètre d'indicateurs d'un filtre. Ses champs viennent des trois domaines (offre, exécution, facturation) et s'additionnent exactement. Région : tout ; organisme : ses seuls chiffres ; CARIF : refusé.",
  })
  indicateurs(@Arg("filtre", () => FiltreIndicateurs, { description: "Critères du périmètre." }) filtre: FiltreIndicateurs, @Ctx() ctx: RequestContext): Perimetre {
    if (filtre.dispositif && filtre.dispositif.length > 150) throw badInput("Dispositif trop long (150 caractères au plus).", "dispositif");
    if (filtre.departement && filtre.departement.trim().length > 3) throw badInput("Département invalide (3 caractères au plus, ex. 34 ou 2A).", "departement");
    if (filtre.anneeProgrammation != null && (filtre.anneeProgrammation < 1990 || filtre.anneeProgrammation > 2100)) {
      throw badInput(`Année de programmation invalide : ${filtre.anneeProgrammation}.`, "anneeProgrammation");
    }
    const demande = verifierPeriode({
      anneeProgrammation: filtre.anneeProgrammation ?? null,
      dispositif: texte(filtre.dispositif),
      departement: texte(filtre.departement),
      organismeId: entierPositif(filtre.organismeId, "organismeId"),
      du: filtre.du ?? null,
      au: filtre.au ?? null,
    });
    return versPerimetre(perimetrePour(requireCaller(ctx), demande));
  }

  @Query(() => [DimensionAction], {
    description: "Dimensions des actions, par identifiant croissant : ce que l'exécution et la finance recopient pour filtrer leurs indicateurs (comptes de service seulement).",
  })
  dimensionsActions(
    @Arg("apresId", () => ID, { nullable: true, description: "Identifiant de la dernière action déjà reçue." }) apresId: string | null,
    @Arg("premier", () => Int, { description: "Nombre d'actions (1 à 5 000)." }) premier: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DimensionAction[]> {
    requireRole(ctx, "SERVICE");
    if (!(premier >= 1 && premier <= 5000)) throw badInput("« premier » doit être compris entre 1 et 5 000.", "premier");
    return this.service.dimensions(entierPositif(apresId === "0" ? null : apresId, "apresId") ?? 0, premier);
  }

  @FieldResolver(() => IndicateursOffre, { description: "Indicateurs de l'offre : actions, sessions par état, places offertes, informations collectives." })
  offre(@Root() perimetre: Perimetre): Promise<IndicateursOffre> {
    return this.service.offre(scopeDe(perimetre));
  }

  @FieldResolver(() => [LigneRepartitionOffre], { description: "Actions, sessions et places offertes ventilées par un axe (dispositif, département, année, organisme)." })
  repartitionOffre(@Root() perimetre: Perimetre, @Arg("axe", () => AxeRepartition, { description: "Axe de ventilation." }) axe: AxeRepartition): Promise<LigneRepartitionOffre[]> {
    return this.service.repartition(scopeDe(perimetre), axe);
  }

  @FieldResolver(() => [Action], { description: "Les actions derrière les chiffres (détail), par identifiant croissant." })
  actions(
    @Root() perimetre: Perimetre,
    @Arg("premier", () => Int, { defaultValue: 50, description: "Nombre d'actions (1 à 500, 50 par défaut)." }) premier: number,
    @Arg("apresId", () => ID, { nullable: true, description: "Identifiant de la dernière action de la page précédente." }) apresId: string | null,
  ): Promise<Action[]> {
    if (!(premier >= 1 && premier <= 500)) throw badInput("« premier » doit être compris entre 1 et 500.", "premier");
    return this.service.actions(scopeDe(perimetre), premier, entierPositif(apresId, "apresId") ?? 0);
  }
}

/** `_entities` for Perimetre: the key is parsed and the caller's scope applied again. */
export const perimetreReference = () => ({
  __resolveReference: (reference: { cle: string }, ctx: RequestContext) => versPerimetre(perimetrePour(requireCaller(ctx), perimetreDeCle(reference.cle))),
});
