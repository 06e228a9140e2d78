import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { manyByKey, oneByKey } from "@sigma/kit/loaders/loaders";
import { decodeCursor, pageSize, toPage } from "@sigma/kit/pagination/cursor";
import { In, LessThan, type DataSource, type FindOptionsWhere } from "typeorm";
import { Paiement } from "../paiement/paiement.entity.js";
import { FactureSousTraitant } from "../sous-traitance/sous-traitance.entity.js";
import { Facture } from "./facture.entity.js";
import { LigneFacture } from "./ligne-facture.entity.js";
import type { StatutFacture } from "./statut-facture.enum.js";

/**
 * Reads of invoices and what hangs on them, each through a request-scoped DataLoader filtered
 * by the caller's organisme (an OF sees its own, the Région and services all; CARIF nothing —
 * the resolvers' roles keep it out).
 */
export class FactureService {
  constructor(private readonly db: DataSource) {}

  private scoped<T>(organismeId: number | null, where: FindOptionsWhere<T>): FindOptionsWhere<T> {
    return (organismeId === null ? where : { ...where, organismeId }) as FindOptionsWhere<T>;
  }

  private readonly byAction = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(ids, await this.db.getRepository(Facture).find({ where: this.scoped<Facture>(organismeId, { actionId: In([...ids]) }), order: { id: "ASC" } }), (f) => f.actionId);

  private readonly byId = async (ids: readonly number[], organismeId: number | null) =>
    oneByKey(ids, await this.db.getRepository(Facture).find({ where: this.scoped<Facture>(organismeId, { id: In([...ids]) }) }), (f) => f.id);

  private readonly lignesBatch = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(ids, await this.db.getRepository(LigneFacture).find({ where: this.scoped<LigneFacture>(organismeId, { factureId: In([...ids]) }), order: { factureId: "ASC", ordre: "ASC" } }), (l) => l.factureId);

  private readonly paiementsBatch = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(ids, await this.db.getRepository(Paiement).find({ where: this.scoped<Paiement>(organismeId, { factureId: In([...ids]) }), order: { datePaiement: "ASC", id: "ASC" } }), (p) => p.factureId);

  private readonly sousTraitancesBatch = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(ids, await this.db.getRepository(FactureSousTraitant).find({ where: this.scoped<FactureSousTraitant>(organismeId, { factureId: In([...ids]) }), order: { id: "ASC" } }), (s) => s.factureId!);

  private readonly historiqueBatch = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(
      ids,
      await this.db.getRepository(EvenementHistorique).find({
        where: this.scoped<EvenementHistorique>(organismeId, { objetType: "Facture", objetId: In(ids.map(String)) }),
        order: { instant: "ASC", id: "ASC" },
      }),
      (e) => Number(e.objetId),
    );

  ofAction(ctx: RequestContext, caller: Caller, actionId: number): Promise<Facture[]> {
    return ctx.loaders.get(this.byAction, organismeScope(caller)).load(actionId);
  }

  /** One invoice, or null when it does not exist or the caller may not see it (same answer). */
  one(ctx: RequestContext, caller: Caller, id: number): Promise<Facture | null> {
    return ctx.loaders.get(this.byId, organismeScope(caller)).load(id);
  }

  lignes(ctx: RequestContext, caller: Caller, factureId: number): Promise<LigneFacture[]> {
    return ctx.loaders.get(this.lignesBatch, organismeScope(caller)).load(factureId);
  }

  paiements(ctx: RequestContext, caller: Caller, factureId: number): Promise<Paiement[]> {
    return ctx.loaders.get(this.paiementsBatch, organismeScope(caller)).load(factureId);
  }

  sousTraitances(ctx: RequestContext, caller: Caller, factureId: number): Promise<FactureSousTraitant[]> {
    return ctx.loaders.get(this.sousTraitancesBatch, organismeScope(caller)).load(factureId);
  }

  historique(ctx: RequestContext, caller: Caller, factureId: number): Promise<EvenementHistorique[]> {
    return ctx.loaders.get(this.historiqueBatch, organismeScope(caller)).load(factureId);
  }

  /** « Suivi des validations / des paiements »: invoices by status, newest first, by cursor. */
  async parStatut(caller: Caller, statuts: StatutFacture[], premiers: number | null | undefined, apres: string | null | undefined) {
    const size = pageSize(premiers);
    const where: FindOptionsWhere<Facture> = this.scoped<Facture>(organismeScope(caller), { ...(statuts.length ? { statut: In(statuts) } : {}) });
    if (apres) where.id = LessThan(Number(decodeCursor(apres, 1)[0]));
    const rows = await this.db.getRepository(Facture).find({ where, order: { id: "DESC" }, take: size + 1 });
    return toPage(rows, size, (f) => [f.id]);
  }
}
