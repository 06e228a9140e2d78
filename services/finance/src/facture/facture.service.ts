import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import { Facture } from "./facture.entity.js";

/** Invoices: read only by their organisme and the Région. */
export class FactureService {
  constructor(private readonly db: DataSource) {}

  private readonly byAction = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(
      ids,
      await this.db.getRepository(Facture).find({
        where: { actionId: In([...ids]), ...(organismeId === null ? {} : { organismeId }) },
        order: { id: "ASC" },
      }),
      (f) => f.actionId,
    );

  ofAction(ctx: RequestContext, caller: Caller, actionId: number): Promise<Facture[]> {
    return ctx.loaders.get(this.byAction, organismeScope(caller)).load(actionId);
  }
}
