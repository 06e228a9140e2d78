import type { RequestContext } from "@sigma/kit/context/context";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import { Facture } from "./facture.entity.js";

export class FactureService {
  constructor(private readonly db: DataSource) {}

  private readonly byAction = async (ids: readonly number[]) =>
    manyByKey(
      ids,
      await this.db.getRepository(Facture).find({ where: { actionId: In([...ids]) }, order: { id: "ASC" } }),
      (f) => f.actionId,
    );

  ofAction(ctx: RequestContext, actionId: number): Promise<Facture[]> {
    return ctx.loaders.get(this.byAction).load(actionId);
  }
}
