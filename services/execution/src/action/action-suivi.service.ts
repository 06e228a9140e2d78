import type { RequestContext } from "@sigma/kit/context/context";
import { oneByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import { ActionSuivi } from "./action-suivi.entity.js";
import { StatutAction } from "./statut-action.enum.js";

export class ActionSuiviService {
  constructor(private readonly db: DataSource) {}

  private readonly byAction = async (ids: readonly number[]) =>
    oneByKey(ids, await this.db.getRepository(ActionSuivi).findBy({ actionId: In([...ids]) }), (s) => s.actionId);

  /** An action execution has never heard of is still waiting to be opened. */
  async statut(ctx: RequestContext, actionId: number): Promise<StatutAction> {
    const suivi = await ctx.loaders.get(this.byAction).load(actionId);
    return suivi?.statut ?? StatutAction.AO;
  }
}
