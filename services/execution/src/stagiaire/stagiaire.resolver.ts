import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ActionSuiviService } from "../action/action-suivi.service.js";
import { Horloge } from "../access/access.js";
import { DemandeModificationStagiaire } from "./demande-modification.entity.js";
import { DemandeModificationService } from "./demande-modification.service.js";
import { ParcoursIndividualise } from "./parcours.entity.js";
import { PeriodeParcours } from "./periode.entity.js";
import { MOTIFS_SORTIE } from "./stagiaire.enums.js";
import { Stagiaire } from "./stagiaire.entity.js";
import { estRemunere, estVerrouille } from "./stagiaire.rules.js";
import { StagiaireService } from "./stagiaire.service.js";

/** Reads of trainees: personal data, for their organisme and the Région (and services) only — never CARIF. */
@Authorized("ORGANISME", "REGION", "SERVICE")
@Resolver(() => Stagiaire)
export class StagiaireResolver {
  constructor(
    private readonly stagiaires: StagiaireService,
    private readonly suivis: ActionSuiviService,
    private readonly demandes: DemandeModificationService,
    private readonly horloge: Horloge,
  ) {}

  @Query(() => Stagiaire, { nullable: true, description: "Un stagiaire (son organisme et la Région seulement)." })
  stagiaire(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Stagiaire | null> {
    return this.stagiaires.get(ctx, requireCaller(ctx), idOf(id));
  }

  @FieldResolver(() => ParcoursIndividualise, { nullable: true, description: "Parcours individualisé (onglet « Définition de parcours »)." })
  parcours(@Root() stagiaire: Stagiaire, @Ctx() ctx: RequestContext): Promise<ParcoursIndividualise | null> {
    return this.stagiaires.parcours(ctx, requireCaller(ctx), stagiaire.id);
  }

  @FieldResolver(() => [String], { description: "Libellés des champs obligatoires encore vides (fiche partielle)." })
  champsManquants(@Root() stagiaire: Stagiaire): string[] {
    return stagiaire.champsManquantsJson ? (JSON.parse(stagiaire.champsManquantsJson) as string[]) : [];
  }

  @FieldResolver(() => Boolean, { description: "Stagiaire rémunéré (un organisme est chargé de sa rémunération)." })
  remunere(@Root() stagiaire: Stagiaire): boolean {
    return estRemunere(stagiaire.organismeRemuneration);
  }

  @FieldResolver(() => String, { nullable: true, description: "Libellé du motif de sortie anticipée (ex. « Motifs personnels (santé, mutation, déménagement...) »)." })
  libelleMotifSortie(@Root() stagiaire: Stagiaire): string | null {
    return stagiaire.motifSortie ? MOTIFS_SORTIE[stagiaire.motifSortie] : null;
  }

  @FieldResolver(() => Boolean, { description: "Faux après l'ouverture de l'action et l'entrée du stagiaire : la fiche ne change plus que par une demande de modification." })
  async modifiableDirectement(@Root() stagiaire: Stagiaire, @Ctx() ctx: RequestContext): Promise<boolean> {
    const statut = await this.suivis.statut(ctx, requireCaller(ctx), stagiaire.actionId);
    return !estVerrouille(statut, stagiaire.dateEntree, this.horloge.aujourdhui());
  }

  @FieldResolver(() => [DemandeModificationStagiaire], { description: "Demandes de modification de la fiche, les plus récentes d'abord." })
  demandesModification(@Root() stagiaire: Stagiaire, @Ctx() ctx: RequestContext): Promise<DemandeModificationStagiaire[]> {
    return this.demandes.ofStagiaire(ctx, requireCaller(ctx), stagiaire.id);
  }
}

@Resolver(() => ParcoursIndividualise)
export class ParcoursResolver {
  constructor(private readonly stagiaires: StagiaireService) {}

  @FieldResolver(() => [PeriodeParcours], { description: "Périodes en centre et en entreprise, par date de début." })
  periodes(@Root() parcours: ParcoursIndividualise, @Ctx() ctx: RequestContext): Promise<PeriodeParcours[]> {
    return this.stagiaires.periodes(ctx, requireCaller(ctx), parcours.stagiaireId);
  }
}
