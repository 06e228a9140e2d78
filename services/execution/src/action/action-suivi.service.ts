import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { badInput } from "@sigma/kit/errors/errors";
import { oneByKey } from "@sigma/kit/loaders/loaders";
import { In, MoreThan, Not, type DataSource } from "typeorm";
import { ActionSuivi } from "./action-suivi.entity.js";
import { StatutAction } from "./statut-action.enum.js";

/** Reads of execution's record of actions, always through the caller's scope. */
export class ActionSuiviService {
  constructor(private readonly db: DataSource) {}

  private readonly byAction = async (ids: readonly number[], organismeId: number | null) =>
    oneByKey(
      ids,
      await this.db.getRepository(ActionSuivi).findBy({ actionId: In([...ids]), ...(organismeId === null ? {} : { organismeId }) }),
      (s) => s.actionId,
    );

  /** The record, or null for an action never written on (still AO) or that the caller may not see. */
  suivi(ctx: RequestContext, caller: Caller, actionId: number): Promise<ActionSuivi | null> {
    return ctx.loaders.get(this.byAction, organismeScope(caller)).load(actionId);
  }

  async statut(ctx: RequestContext, caller: Caller, actionId: number): Promise<StatutAction> {
    return (await this.suivi(ctx, caller, actionId))?.statut ?? StatutAction.AO;
  }

  /** Actions opened (EC or later) after `depuis` (ISO instant), oldest opening first: finance's advance invoices. */
  async ouvertes(depuis: string | null | undefined): Promise<ActionSuivi[]> {
    const after = depuis ? Date.parse(depuis) : 0;
    if (Number.isNaN(after)) throw badInput("« depuis » doit être un instant ISO 8601 (ex. 2023-01-05T00:00:00Z).", "depuis");
    return this.db.getRepository(ActionSuivi).find({
      where: { ouverteLe: MoreThan(after), statut: Not(StatutAction.NON_OUVERTE) },
      order: { ouverteLe: "ASC", actionId: "ASC" },
    });
  }
}
