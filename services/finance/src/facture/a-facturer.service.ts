import { seesOrganisme, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { badInput, DomainError, forbidden, notFound } from "@sigma/kit/errors/errors";
import { formatHundredthsFr } from "@sigma/kit/money/decimal";
import { In, type DataSource } from "typeorm";
import type { FinanceConfig } from "../config.js";
import { mulDivFloor, sum } from "../rules/arithmetic.js";
import { tableauCre } from "../rules/cre.js";
import { contractualiseDe, planFacturation, tarifsDe, type FactureProposee } from "../rules/plan.js";
import { coutPeriode, type TypePrestation } from "../rules/period-cost.js";
import type { CatalogueSource } from "../sources/catalogue.source.js";
import type { ExecutionSource } from "../sources/execution.source.js";
import type { ActionCatalogue, ActionExecution } from "../sources/inputs.js";
import type { DemandeEmission, EmissionService } from "./emission.service.js";
import { etatsFinance } from "./etat-finance.js";
import type { Facture } from "./facture.entity.js";
import { FactureAEmettre, type Cre } from "./facture.types.js";
import { LigneFacture } from "./ligne-facture.entity.js";
import { StatutFacture } from "./statut-facture.enum.js";
import { TypeFacture } from "./type-facture.enum.js";

type Entrees = { action: ActionCatalogue; execution: ActionExecution };

const indisponible = () => new DomainError("SERVICE_UNAVAILABLE", "Les données de l'action (catalogue, exécution) sont momentanément indisponibles : réessayez dans quelques instants.");

/**
 * « A facturer », the CRE and « Emettre la facture »: what catalogue and execution say about
 * an action (read through the gateway, batched per request) combined with finance's own
 * invoices by the pure rules. While catalogue's or execution's fields are missing from the
 * graph, an action has nothing to invoice and no CRE (null); an emission is refused with
 * SERVICE_UNAVAILABLE.
 */
export class AFacturerService {
  constructor(
    private readonly db: DataSource,
    private readonly catalogue: CatalogueSource,
    private readonly execution: ExecutionSource,
    private readonly emission: EmissionService,
    private readonly config: FinanceConfig,
  ) {}

  private readonly entreesBatch = async (ids: readonly number[]): Promise<(Entrees | null | undefined)[]> => {
    const [actions, executions] = await Promise.all([this.catalogue.actions(ids), this.execution.actions(ids)]);
    return ids.map((_, i) => {
      const [action, execution] = [actions[i], executions[i]];
      if (action === undefined || execution === undefined) return undefined;
      return action && execution ? { action, execution } : null;
    });
  };

  private readonly etatBatch = async (ids: readonly number[]) => {
    const etats = await etatsFinance(this.db.manager, ids);
    const factureIds = [...etats.values()].flatMap((e) => e.brutes.map((f) => f.id));
    const lignes = factureIds.length ? await this.db.getRepository(LigneFacture).find({ where: { factureId: In(factureIds) } }) : [];
    return ids.map((id) => ({ ...etats.get(id)!, lignes: lignes.filter((l) => etats.get(id)!.brutes.some((f) => f.id === l.factureId)) }));
  };

  /** The inputs of an action the caller may see: undefined when unreadable, null when unknown or not theirs. */
  private async entrees(ctx: RequestContext, caller: Caller, actionId: number): Promise<Entrees | null | undefined> {
    const entrees = await ctx.loaders.get(this.entreesBatch).load(actionId);
    if (entrees && !seesOrganisme(caller, entrees.action.organisme.id)) return null;
    return entrees;
  }

  async aFacturer(ctx: RequestContext, caller: Caller, actionId: number): Promise<FactureAEmettre[]> {
    const entrees = await this.entrees(ctx, caller, actionId);
    if (!entrees) return [];
    const etat = await ctx.loaders.get(this.etatBatch).load(actionId);
    return planFacturation(entrees.action, entrees.execution, etat, this.config.seuils).map(versGraphQL);
  }

  async cre(ctx: RequestContext, caller: Caller, actionId: number): Promise<Cre | null> {
    const entrees = await this.entrees(ctx, caller, actionId);
    if (!entrees) return null;
    const { action, execution } = entrees;
    const etat = await ctx.loaders.get(this.etatBatch).load(actionId);
    const facture: Record<TypePrestation, number> = { FP: 0, HC: 0, HE: 0 };
    for (const ligne of etat.lignes) if (ligne.prestation in facture) facture[ligne.prestation as TypePrestation] += ligne.quantite;
    const confirmes = execution.declarations.filter((d) => d.confirmee);
    const courant = execution.declarations.find((d) => !d.confirmee) ?? null;
    const realise = sum(confirmes.map((d) => coutPeriode([d], tarifsDe(action))));
    const propositions = planFacturation(action, execution, etat, this.config.seuils);
    return {
      moisAValider: courant?.mois ?? null,
      periodeFacturation: propositions[0]?.periode ?? null,
      tauxRealisationPointsDeBase: action.prixTotal > 0 ? mulDivFloor(realise, 10_000, action.prixTotal) : 0,
      lignes: tableauCre({ contractualise: contractualiseDe(action), prescrit: execution.prescrit, moisConfirmes: confirmes, moisCourant: courant, facture }),
    };
  }

  async emettre(ctx: RequestContext, caller: Caller, demande: Omit<DemandeEmission, "type"> & { type: TypeFacture }): Promise<Facture> {
    if (caller.role !== "ORGANISME") throw forbidden("Seul l'organisme de formation émet ses factures.");
    if (demande.type === TypeFacture.AVANCE) throw badInput("L'avance est émise automatiquement à l'ouverture de l'action : elle ne se demande pas.", "type");
    const entrees = await this.entrees(ctx, caller, demande.actionId);
    if (entrees === undefined) throw indisponible();
    if (entrees === null) throw notFound("Action introuvable.");
    return this.emission.enregistrer(caller, entrees.action, entrees.execution, { ...demande, type: demande.type });
  }
}

function versGraphQL(p: FactureProposee): FactureAEmettre {
  const m = p.montants;
  return Object.assign(new FactureAEmettre(), {
    type: p.type === "SOLDE" ? TypeFacture.SOLDE : TypeFacture.ACOMPTE,
    nature: p.nature,
    palier: p.palier,
    periode: p.periode,
    moisDebut: p.moisDebut,
    moisFin: p.moisFin,
    support: p.type === "SOLDE" ? "Solde" : "CRE intermédiaire",
    statut: StatutFacture.A_EMETTRE,
    disponible: p.disponible,
    raison: p.raison,
    lignes: p.lignes,
    mentionsSousTraitance: m.sousTraitances.map((s) => `Dont ${formatHundredthsFr(s.montantHT)} € pour ${s.sousTraitant}`),
    montantRealiseHT: m.realiseHT,
    reportAuSolde: m.reportAuSolde,
    montantSousTraitance: m.sousTraitance,
    montantHT: m.montantHT,
    montantTVA: m.montantTVA,
    montantTTC: m.montantTTC,
    avanceRecuperee: m.avanceRecuperee,
    montantAPayer: m.montantAPayer,
  });
}
