import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { idOf } from "@sigma/kit/ids/ids";
import { FactureSousTraitant } from "../sous-traitance/sous-traitance.entity.js";
import { SousTraitanceService } from "../sous-traitance/sous-traitance.service.js";
import { AFacturerService } from "./a-facturer.service.js";
import { DecisionService } from "./decision.service.js";
import { DepotService } from "./depot.service.js";
import { Facture } from "./facture.entity.js";
import { DeposerFactureSigneeInput, EmettreFactureInput, EnregistrerPaiementInput, FactureSousTraitantInput } from "./facture.input.js";

/** The invoicing workflow: thin translations to the services that hold each rule. */
@Resolver(() => Facture)
export class FactureMutationResolver {
  constructor(
    private readonly aFacturer: AFacturerService,
    private readonly depots: DepotService,
    private readonly decisions: DecisionService,
    private readonly sousTraitances: SousTraitanceService,
  ) {}

  @Mutation(() => Facture, { description: "« Emettre la facture » d'une période confirmée (organisme). Idempotent par période et par clé." })
  emettreFacture(@Arg("input") input: EmettreFactureInput, @Ctx() ctx: RequestContext): Promise<Facture> {
    return this.aFacturer.emettre(ctx, requireCaller(ctx), {
      actionId: idOf(input.actionId),
      type: input.type,
      moisDebut: input.moisDebut,
      moisFin: input.moisFin,
      confirmation: input.confirmation,
      cleIdempotence: input.cleIdempotence?.slice(0, 80) ?? null,
    });
  }

  @Mutation(() => Facture, { description: "Dépose la facture signée (PDF en base64, taille bornée, nommée selon la règle) : la facture est alors verrouillée." })
  deposerFactureSignee(@Arg("input") input: DeposerFactureSigneeInput, @Ctx() ctx: RequestContext): Promise<Facture> {
    return this.depots.deposer(requireCaller(ctx), { factureId: idOf(input.factureId), nomFichier: input.nomFichier, contenuBase64: input.contenuBase64 });
  }

  @Mutation(() => Facture, { description: "La Région valide une facture signée déposée." })
  validerFacture(@Arg("factureId", () => ID) factureId: string, @Ctx() ctx: RequestContext): Promise<Facture> {
    return this.decisions.valider(requireCaller(ctx), idOf(factureId));
  }

  @Mutation(() => Facture, { description: "La Région rejette une facture avec un motif : elle est rouverte pour un nouveau dépôt." })
  rejeterFacture(@Arg("factureId", () => ID) factureId: string, @Arg("motif") motif: string, @Ctx() ctx: RequestContext): Promise<Facture> {
    return this.decisions.rejeter(requireCaller(ctx), idOf(factureId), motif);
  }

  @Mutation(() => Facture, { description: "La Région enregistre un paiement (date, montant, référence) ; payée une fois tout réglé." })
  enregistrerPaiement(@Arg("input") input: EnregistrerPaiementInput, @Ctx() ctx: RequestContext): Promise<Facture> {
    return this.decisions.payer(requireCaller(ctx), { factureId: idOf(input.factureId), date: input.date, montant: input.montant, reference: input.reference });
  }

  @Mutation(() => FactureSousTraitant, { description: "Le titulaire saisit la facture d'un sous-traitant (contractant, montant HT), déduite de sa prochaine facture." })
  enregistrerFactureSousTraitant(@Arg("input") input: FactureSousTraitantInput, @Ctx() ctx: RequestContext): Promise<FactureSousTraitant> {
    return this.sousTraitances.enregistrer(requireCaller(ctx), { actionId: idOf(input.actionId), sousTraitantId: idOf(input.sousTraitantId), montantHT: input.montantHT });
  }

  @Mutation(() => FactureSousTraitant, { description: "La Région valide la facture d'un sous-traitant : elle sera déduite de la prochaine facture du titulaire." })
  validerFactureSousTraitant(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FactureSousTraitant> {
    return this.sousTraitances.valider(requireCaller(ctx), idOf(id));
  }

  @Mutation(() => FactureSousTraitant, { description: "La Région rejette la facture d'un sous-traitant avec un motif : elle ne sera pas déduite." })
  rejeterFactureSousTraitant(@Arg("id", () => ID) id: string, @Arg("motif") motif: string, @Ctx() ctx: RequestContext): Promise<FactureSousTraitant> {
    return this.sousTraitances.rejeter(requireCaller(ctx), idOf(id), motif);
  }
}
