import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { DemandeModificationStagiaire, EtatDemande } from "./demande-modification.entity.js";
import { DemandeModificationService } from "./demande-modification.service.js";
import { Stagiaire } from "./stagiaire.entity.js";
import { StagiaireInput } from "./stagiaire.input.js";
import { StagiaireService } from "./stagiaire.service.js";

@ObjectType({ description: "Un champ modifié par une demande : libellé, valeur avant, valeur après." })
export class ModificationChamp {
  @Field({ description: "Intitulé du champ." }) champ: string;
  @Field({ description: "Valeur avant modification." }) avant: string;
  @Field({ description: "Valeur après modification." }) apres: string;
}

@Resolver(() => DemandeModificationStagiaire)
export class DemandeModificationResolver {
  constructor(
    private readonly demandes: DemandeModificationService,
    private readonly stagiaires: StagiaireService,
  ) {}

  @Authorized("ORGANISME", "REGION")
  @Query(() => [DemandeModificationStagiaire], { description: "Demandes de modification de fiches stagiaires (la Région : toutes ; un organisme : les siennes), les plus anciennes d'abord." })
  demandesModificationStagiaire(
    @Arg("etat", () => EtatDemande, { nullable: true, description: "Filtre sur l'état." }) etat: EtatDemande | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DemandeModificationStagiaire[]> {
    return this.demandes.list(requireCaller(ctx), etat);
  }

  @Mutation(() => DemandeModificationStagiaire, { description: "Demande à la Région de modifier la fiche d'un stagiaire entré dans une action ouverte." })
  demanderModificationStagiaire(
    @Arg("stagiaireId", () => ID) stagiaireId: string,
    @Arg("input") input: StagiaireInput,
    @Arg("motivation", { description: "Motivation de la demande." }) motivation: string,
    @Arg("partiel", () => Boolean, { defaultValue: false, description: "Vrai : la fiche demandée peut rester partielle." }) partiel: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<DemandeModificationStagiaire> {
    return this.demandes.demander(requireCaller(ctx), idOf(stagiaireId), input, partiel, motivation);
  }

  @Authorized("REGION")
  @Mutation(() => DemandeModificationStagiaire, { description: "La Région valide la demande : la fiche est modifiée." })
  validerDemandeModificationStagiaire(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DemandeModificationStagiaire> {
    return this.demandes.valider(requireCaller(ctx), idOf(id));
  }

  @Authorized("REGION")
  @Mutation(() => DemandeModificationStagiaire, { description: "La Région refuse la demande, avec un motif." })
  refuserDemandeModificationStagiaire(
    @Arg("id", () => ID) id: string,
    @Arg("motif", { description: "Motif du refus." }) motif: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DemandeModificationStagiaire> {
    return this.demandes.refuser(requireCaller(ctx), idOf(id), motif);
  }

  @FieldResolver(() => Stagiaire, { nullable: true, description: "Le stagiaire concerné." })
  stagiaire(@Root() demande: DemandeModificationStagiaire, @Ctx() ctx: RequestContext): Promise<Stagiaire | null> {
    return this.stagiaires.get(ctx, requireCaller(ctx), demande.stagiaireId);
  }

  @FieldResolver(() => [ModificationChamp], { description: "Récapitulatif des champs modifiés (avant / après)." })
  modifications(@Root() demande: DemandeModificationStagiaire): ModificationChamp[] {
    return JSON.parse(demande.modificationsJson) as ModificationChamp[];
  }

  @FieldResolver(() => String, { description: "Instant d'émission (ISO 8601)." })
  emiseLe(@Root() demande: DemandeModificationStagiaire): string {
    return new Date(demande.emiseLe).toISOString();
  }

  @FieldResolver(() => String, { nullable: true, description: "Instant de la validation ou du refus (ISO 8601)." })
  traiteeLe(@Root() demande: DemandeModificationStagiaire): string | null {
    return demande.traiteeLe === null ? null : new Date(demande.traiteeLe).toISOString();
  }
}
