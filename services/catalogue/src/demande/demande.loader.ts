import { seesOrganisme, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { batchMany, batchOne } from "@sigma/kit/loaders/repository-batch";
import type { DataSource } from "typeorm";
import { DemandeModification } from "./demande.entity.js";
import { LigneModification } from "./ligne-modification.entity.js";

export const OBJET_DEMANDE = "DemandeModification";

/** Batched reads of demandes and their recap (organisme's own, Région, services). */
export class DemandeLoader {
  constructor(private readonly db: DataSource) {}

  private readonly byId = batchOne(() => this.db, DemandeModification, "id");
  private readonly byAction = batchMany(() => this.db, DemandeModification, "actionId", { creeLe: "DESC", id: "DESC" });
  private readonly lignesBatch = batchMany(() => this.db, LigneModification, "demandeId", { ordre: "ASC" });

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

}
