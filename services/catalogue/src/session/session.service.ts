import { seesOffer, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { batchMany, batchOne } from "@sigma/kit/loaders/repository-batch";
import type { DataSource } from "typeorm";
import { InformationCollective } from "./information-collective.entity.js";
import { Session } from "./session.entity.js";

/** Reads of published sessions (every change goes through a demande: see demande/). */
export class SessionService {
  constructor(private readonly db: DataSource) {}

  private readonly byId = batchOne(() => this.db, Session, "id");
  private readonly byAction = batchMany(() => this.db, Session, "actionId", { composanteId: "ASC", numero: "ASC" });
  private readonly byComposante = batchMany(() => this.db, Session, "composanteId", { numero: "ASC" });
  private readonly icBatch = batchMany(() => this.db, InformationCollective, "sessionId", { date: "ASC", heureDebut: "ASC", id: "ASC" });

  ofAction(ctx: RequestContext, actionId: number): Promise<Session[]> {
    return ctx.loaders.get(this.byAction).load(actionId);
  }

  ofComposante(ctx: RequestContext, composanteId: number): Promise<Session[]> {
    return ctx.loaders.get(this.byComposante).load(composanteId);
  }

  /** Batched; null for a session of another organisme (for an OF). */
  async load(ctx: RequestContext, caller: Caller, id: number): Promise<Session | null> {
    if (!Number.isSafeInteger(id)) return null;
    const session = await ctx.loaders.get(this.byId).load(id);
    return session && seesOffer(caller, session.organismeId) ? session : null;
  }

  informationsCollectives(ctx: RequestContext, sessionId: number): Promise<InformationCollective[]> {
    return ctx.loaders.get(this.icBatch).load(sessionId);
  }
}
