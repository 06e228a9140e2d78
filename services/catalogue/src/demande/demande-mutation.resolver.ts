import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { DemandeModification } from "./demande.entity.js";
import { DatesInput, NouvelleDemandeInput, SessionInput } from "./demande.input.js";
import { DecisionService } from "./demande-decision.service.js";
import { DemandeService } from "./demande.service.js";

/** Thin: every rule is in DemandeService (the titulaire) and DecisionService (the Région). */
@Resolver(() => DemandeModification)
export class DemandeMutationResolver {
  constructor(
    private readonly demandes: DemandeService,
    private readonly decisions: DecisionService,
  ) {}

  @Authorized("ORGANISME")
  @Mutation(() => DemandeModification, { description: "« Nouvelle demande de modification » : crée un brouillon (en attente d'émission)." })
  nouvelleDemandeModification(@Arg("input", () => NouvelleDemandeInput) input: NouvelleDemandeInput, @Ctx() ctx: RequestContext): Promise<DemandeModification> {
    return this.demandes.nouvelle(requireCaller(ctx), input);
  }

  @Authorized("ORGANISME")
  @Mutation(() => DemandeModification, { description: "« Enregistrer et passer à l'étape suivante » : la session proposée et ses informations collectives ; renvoie le récapitulatif." })
  enregistrerSession(
    @Arg("demandeId", () => ID) demandeId: string,
    @Arg("session", () => SessionInput) session: SessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DemandeModification> {
    return this.demandes.enregistrerSession(requireCaller(ctx), demandeId, session);
  }

  @Authorized("ORGANISME")
  @Mutation(() => DemandeModification, { description: "« Enregistrer et passer à l'étape suivante » : les nouvelles dates ; renvoie le récapitulatif." })
  enregistrerDates(@Arg("demandeId", () => ID) demandeId: string, @Arg("dates", () => DatesInput) dates: DatesInput, @Ctx() ctx: RequestContext): Promise<DemandeModification> {
    return this.demandes.enregistrerDates(requireCaller(ctx), demandeId, dates);
  }

  @Authorized("ORGANISME")
  @Mutation(() => DemandeModification, { description: "« Valider » : émet la demande (sessions : appliquée aussitôt ; dates : en attente de validation Région)." })
  emettreDemande(
    @Arg("demandeId", () => ID) demandeId: string,
    @Arg("motivation", () => String, { nullable: true, description: "Motivation de la demande." }) motivation: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DemandeModification> {
    return this.demandes.emettre(requireCaller(ctx), demandeId, motivation);
  }

  @Authorized("ORGANISME")
  @Mutation(() => String, { description: "Supprime une demande en attente d'émission (et la session brouillon qu'elle portait)." })
  supprimerDemande(@Arg("demandeId", () => ID) demandeId: string, @Ctx() ctx: RequestContext): Promise<string> {
    return this.demandes.supprimer(requireCaller(ctx), demandeId);
  }

  @Authorized("REGION")
  @Mutation(() => DemandeModification, { description: "La Région valide une demande de dates : les dates de l'action et des composantes changent." })
  validerDemande(
    @Arg("demandeId", () => ID) demandeId: string,
    @Arg("observations", () => String, { nullable: true, description: "Observations." }) observations: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DemandeModification> {
    return this.decisions.valider(requireCaller(ctx), demandeId, observations);
  }

  @Authorized("REGION")
  @Mutation(() => DemandeModification, { description: "La Région refuse une demande de dates, avec ses observations (obligatoires)." })
  refuserDemande(
    @Arg("demandeId", () => ID) demandeId: string,
    @Arg("observations", () => String, { description: "Motif du refus." }) observations: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DemandeModification> {
    return this.decisions.refuser(requireCaller(ctx), demandeId, observations);
  }
}
