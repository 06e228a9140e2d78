import type { RequestContext } from "@sigma/kit/context/context";
import { oneByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import { Action } from "./action.entity.js";

export class ActionService {
  constructor(private readonly db: DataSource) {}

  private readonly byId = async (ids: readonly number[]) =>
    oneByKey(ids, await this.db.getRepository(Action).findBy({ id: In([...ids]) }), (a) => a.id);

  list(): Promise<Action[]> {
    return this.db.getRepository(Action).find({ order: { anneeProgrammation: "DESC", numero: "ASC" } });
  }

  findByNumero(numero: string): Promise<Action | null> {
    return this.db.getRepository(Action).findOneBy({ numero });
  }

  load(ctx: RequestContext, id: number): Promise<Action | null> {
    return ctx.loaders.get(this.byId).load(id);
  }
}
