import { organismeScope, seesOffer, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { oneByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import { Action } from "./action.entity.js";

/** Actions, always seen through the caller: an organisme sees its own only, and nothing tells it others exist. */
export class ActionService {
  constructor(private readonly db: DataSource) {}

  private readonly byId = async (ids: readonly number[]) =>
    oneByKey(ids, await this.db.getRepository(Action).findBy({ id: In([...ids]) }), (a) => a.id);

  list(caller: Caller): Promise<Action[]> {
    const organismeId = organismeScope(caller);
    return this.db.getRepository(Action).find({
      where: organismeId === null ? {} : { organismeId },
      order: { anneeProgrammation: "DESC", numero: "ASC" },
    });
  }

  async findByNumero(caller: Caller, numero: string): Promise<Action | null> {
    const action = await this.db.getRepository(Action).findOneBy({ numero });
    return action && seesOffer(caller, action.organismeId) ? action : null;
  }

  /** Batched; null for an action the caller may not see (same answer as for one that does not exist). */
  async load(ctx: RequestContext, caller: Caller, id: number): Promise<Action | null> {
    const action = await ctx.loaders.get(this.byId).load(id);
    return action && seesOffer(caller, action.organismeId) ? action : null;
  }
}
