import { seesOrganisme, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { batchMany, batchOne } from "@sigma/kit/loaders/repository-batch";
import { In, type DataSource } from "typeorm";
import { DemandeModification } from "./demande.entity.js";
import { LigneModification } from "./ligne-modification.entity.js";

export const OBJET_DEMANDE = "DemandeModification";

/** Batched reads of demandes, their recap and their history (organisme's own, Région, services). */
export class DemandeLoader {
  constructor(private readonly db: DataSource) {}

  private readonly byId = batchOne(() => this.db, DemandeModification, "id");
  private readonly byAction = batchMany(() => this.db, DemandeModification, "actionId", { creeLe: "DESC", id: "DESC" });
  private readonly lignesBatch = batchMany(() => this.db, LigneModification, "demandeId", { ordre: "ASC" });
  private readonly historiqueBatch = async (ids: readonly string[]) =>
    manyByKey(
      ids,
      await this.db.getRepository(EvenementHistorique).find({ where: { objetType: OBJET_DEMANDE, objetId: In([...ids]) }, order: { id: "ASC" } }),
      (e) => e.objetId,
    );

  /** Null for a demande of another organisme, and for CARIF (internal data). */
  async load(ctx: RequestContext, caller: Caller, id: number): Promise<DemandeModification | null> {
    if (!Number.isSafeInteger(id)) return null;
    const demande = await ctx.loaders.get(this.byId).load(id);
    return demande && seesOrganisme(caller, demande.organismeId) ? demande : null;
  }

  /** Newest first, as « Suivi des demandes de modification » lists them. */
  ofAction(ctx: RequestContext, actionId: number): Promise<DemandeModification[]> {
    return ctx.loaders.get(this.byAction).load(actionId);
  }

  lignes(ctx: RequestContext, demandeId: number): Promise<LigneModification[]> {
    return ctx.loaders.get(this.lignesBatch).load(demandeId);
  }

  historique(ctx: RequestContext, demandeId: number): Promise<EvenementHistorique[]> {
    return ctx.loaders.get(this.historiqueBatch).load(String(demandeId));
  }
}
