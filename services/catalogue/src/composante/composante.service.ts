import { seesOffer, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { batchMany, batchOne } from "@sigma/kit/loaders/repository-batch";
import type { DataSource } from "typeorm";
import { Composante } from "./composante.entity.js";
import { PeriodePrevue } from "./periode.entity.js";
import { Prestation } from "./prestation.entity.js";

/** Composantes, prestations and planned periods, read through an action the caller may see. */
export class ComposanteService {
  constructor(private readonly db: DataSource) {}

  private readonly byId = batchOne(() => this.db, Composante, "id");
  private readonly byAction = batchMany(() => this.db, Composante, "actionId", { numero: "ASC" });
  private readonly prestationsBatch = batchMany(() => this.db, Prestation, "composanteId", { type: "ASC" });
  private readonly periodesBatch = batchMany(() => this.db, PeriodePrevue, "actionId", { lieu: "ASC", dateDebut: "ASC" });

  ofAction(ctx: RequestContext, actionId: number): Promise<Composante[]> {
    return ctx.loaders.get(this.byAction).load(actionId);
  }

  /** Batched; null for a composante of an action the caller may not see. */
  async load(ctx: RequestContext, caller: Caller, id: number): Promise<Composante | null> {
    if (!Number.isSafeInteger(id)) return null;
    const composante = await ctx.loaders.get(this.byId).load(id);
    return composante && seesOffer(caller, composante.organismeId) ? composante : null;
  }

  prestations(ctx: RequestContext, composanteId: number): Promise<Prestation[]> {
    return ctx.loaders.get(this.prestationsBatch).load(composanteId);
  }

  periodes(ctx: RequestContext, actionId: number): Promise<PeriodePrevue[]> {
    return ctx.loaders.get(this.periodesBatch).load(actionId);
  }
}
