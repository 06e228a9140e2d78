import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { MontantScalar } from "@sigma/kit/schema/scalars";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { Paiement } from "../paiement/paiement.entity.js";
import { sum } from "../rules/arithmetic.js";
import { FactureSousTraitant } from "../sous-traitance/sous-traitance.entity.js";
import { Facture } from "./facture.entity.js";
import { nomAttendu } from "./facture.naming.js";
import { FactureService } from "./facture.service.js";
import { idOf } from "@sigma/kit/ids/ids";
import { FacturePage, FichierSigne } from "./facture.types.js";
import { LigneFacture } from "./ligne-facture.entity.js";
import { StatutFacture } from "./statut-facture.enum.js";
import { TypeFacture, TypeSignature } from "./type-facture.enum.js";

const SUPPORTS: Record<TypeFacture, string> = { AVANCE: "Avance", ACOMPTE: "CRE intermédiaire", SOLDE: "Solde" };

@Resolver(() => Facture)
export class FactureResolver {
  constructor(private readonly factures: FactureService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @Query(() => Facture, { nullable: true, description: "Une facture (null si elle n'existe pas ou n'est pas visible)." })
  facture(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Facture | null> {
    return this.factures.one(ctx, requireCaller(ctx), idOf(id));
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @Query(() => FacturePage, { description: "Suivi des validations / des paiements : factures par statut, les plus récentes d'abord." })
  facturesParStatut(
    @Arg("statuts", () => [StatutFacture], { defaultValue: [], description: "Statuts voulus (tous si vide)." }) statuts: StatutFacture[],
    @Arg("premiers", () => Int, { nullable: true, description: "Taille de page (1 à 100, 20 par défaut)." }) premiers: number | null,
    @Arg("apres", () => String, { nullable: true, description: "Curseur de la page précédente." }) apres: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FacturePage> {
    return this.factures.parStatut(requireCaller(ctx), statuts, premiers, apres);
  }

  @FieldResolver(() => Action, { description: "Action facturée." })
  action(@Root() facture: Facture): Action {
    return { id: String(facture.actionId) };
  }

  @FieldResolver(() => String, { description: "Support : « Avance », « CRE intermédiaire » ou « Solde »." })
  support(@Root() facture: Facture): string {
    return SUPPORTS[facture.type];
  }

  @FieldResolver(() => String, { description: "Nom attendu du PDF signé (règle N°BONDECOMMANDE_NOM ORGANISME_ACOMPTE N°_PERIODE, en majuscules)." })
  nomFichierAttendu(@Root() facture: Facture): string {
    return nomAttendu(facture);
  }

  @FieldResolver(() => Boolean, { description: "Vrai une fois la facture signée déposée : plus rien ne peut la changer, sauf un rejet de la Région." })
  verrouillee(@Root() facture: Facture): boolean {
    return facture.statut !== StatutFacture.EMISE && facture.statut !== StatutFacture.REJETEE;
  }

  @FieldResolver(() => FichierSigne, { nullable: true, description: "Facture signée déposée (null tant qu'aucune ne l'est)." })
  fichierSigne(@Root() facture: Facture): FichierSigne | null {
    if (!facture.fichierSha256) return null;
    return { nom: facture.fichierNom!, taille: facture.fichierTaille!, sha256: facture.fichierSha256, signature: facture.fichierSignature as TypeSignature, dateDepot: facture.dateDepot! };
  }

  @FieldResolver(() => [LigneFacture], { description: "Lignes figées à l'émission." })
  lignes(@Root() facture: Facture, @Ctx() ctx: RequestContext): Promise<LigneFacture[]> {
    return this.factures.lignes(ctx, requireCaller(ctx), facture.id);
  }

  @FieldResolver(() => [FactureSousTraitant], { description: "Sous-traitance déduite : « Dont X € pour [sous-traitant] »." })
  mentionsSousTraitance(@Root() facture: Facture, @Ctx() ctx: RequestContext): Promise<FactureSousTraitant[]> {
    return this.factures.sousTraitances(ctx, requireCaller(ctx), facture.id);
  }

  @FieldResolver(() => [Paiement], { description: "Paiements enregistrés par la Région (« Suivi des paiements »)." })
  paiements(@Root() facture: Facture, @Ctx() ctx: RequestContext): Promise<Paiement[]> {
    return this.factures.paiements(ctx, requireCaller(ctx), facture.id);
  }

  @FieldResolver(() => MontantScalar, { description: "Montant à payer TTC restant après les paiements." })
  async resteAPayer(@Root() facture: Facture, @Ctx() ctx: RequestContext): Promise<number> {
    const paiements = await this.factures.paiements(ctx, requireCaller(ctx), facture.id);
    return facture.montantAPayer - sum(paiements.map((p) => p.montant));
  }

  @FieldResolver(() => [EvenementHistorique], { description: "Historique complet : émission, dépôts, décisions, paiements." })
  historique(@Root() facture: Facture, @Ctx() ctx: RequestContext): Promise<EvenementHistorique[]> {
    return this.factures.historique(ctx, requireCaller(ctx), facture.id);
  }
}
