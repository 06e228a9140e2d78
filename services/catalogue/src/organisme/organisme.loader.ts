import { seesOffer, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { batchMany, batchOne } from "@sigma/kit/loaders/repository-batch";
import type { DataSource } from "typeorm";
import { Organisme } from "./organisme.entity.js";
import { SiteRealisation } from "./site.entity.js";

/** One SELECT … WHERE id IN (…) per request for every organisme (or site) asked for. */
export class OrganismeLoader {
  constructor(private readonly db: DataSource) {}

  private readonly batch = batchOne(() => this.db, Organisme, "id");
  private readonly sitesBatch = batchMany(() => this.db, SiteRealisation, "organismeId", { libelle: "ASC", id: "ASC" });
  private readonly siteBatch = batchOne(() => this.db, SiteRealisation, "id");

  load(ctx: RequestContext, id: number): Promise<Organisme | null> {
    return ctx.loaders.get(this.batch).load(id);
  }

  /** `_entities` entry point: another organisme answers like a missing one for an OF. */
  async loadFor(ctx: RequestContext, caller: Caller, id: number): Promise<Organisme | null> {
    if (!Number.isSafeInteger(id) || !seesOffer(caller, id)) return null;
    return this.load(ctx, id);
  }

  sites(ctx: RequestContext, organismeId: number): Promise<SiteRealisation[]> {
    return ctx.loaders.get(this.sitesBatch).load(organismeId);
  }

  site(ctx: RequestContext, id: number): Promise<SiteRealisation | null> {
    return ctx.loaders.get(this.siteBatch).load(id);
  }
}
