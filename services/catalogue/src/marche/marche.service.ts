import type { RequestContext } from "@sigma/kit/context/context";
import { batchMany, batchOne } from "@sigma/kit/loaders/repository-batch";
import type { DataSource } from "typeorm";
import { Organisme } from "../organisme/organisme.entity.js";
import { OrganismeLoader } from "../organisme/organisme.loader.js";
import { Marche } from "./marche.entity.js";
import { MarcheSousTraitant } from "./sous-traitant.entity.js";

/** Marchés are reached through an action the caller may see: no scope check of their own. */
export class MarcheService {
  constructor(
    private readonly db: DataSource,
    private readonly organismes: OrganismeLoader,
  ) {}

  private readonly byId = batchOne(() => this.db, Marche, "id");
  private readonly sousTraitantsBatch = batchMany(() => this.db, MarcheSousTraitant, "marcheId", { id: "ASC" });

  load(ctx: RequestContext, id: number): Promise<Marche | null> {
    return ctx.loaders.get(this.byId).load(id);
  }

  async sousTraitants(ctx: RequestContext, marcheId: number): Promise<Organisme[]> {
    const links = await ctx.loaders.get(this.sousTraitantsBatch).load(marcheId);
    const organismes = await Promise.all(links.map((link) => this.organismes.load(ctx, link.organismeId)));
    return organismes.filter((o): o is Organisme => o !== null);
  }
}
