import type { RequestContext } from "@sigma/kit/context/context";
import { oneByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import { Organisme } from "./organisme.entity.js";

/** One SELECT … WHERE id IN (…) per request for every organisme asked for. */
export class OrganismeLoader {
  constructor(private readonly db: DataSource) {}

  private readonly batch = async (ids: readonly number[]) =>
    oneByKey(ids, await this.db.getRepository(Organisme).findBy({ id: In([...ids]) }), (o) => o.id);

  load(ctx: RequestContext, id: number): Promise<Organisme | null> {
    return ctx.loaders.get(this.batch).load(id);
  }
}
