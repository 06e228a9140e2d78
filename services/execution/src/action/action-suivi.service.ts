import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { badInput } from "@sigma/kit/errors/errors";
import { oneByKey } from "@sigma/kit/loaders/loaders";
import { numberedPage } from "@sigma/kit/pagination/offset";
import { In, MoreThan, Not, type DataSource } from "typeorm";
import { ActionSuivi } from "./action-suivi.entity.js";
import type { ListeActionsParStatut } from "./liste-par-statut.type.js";
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

  /**
   * A numbered page of the caller's actions in `statuts`, by id: two statements on the index
   * (organisme, statut, action). AO is refused: an action never written on has no record here.
   */
  async parStatut(caller: Caller, statuts: StatutAction[], page?: number | null, parPage?: number | null): Promise<ListeActionsParStatut> {
    if (statuts.length === 0) throw badInput("Indiquez au moins un statut d'action.", "statuts");
    if (statuts.includes(StatutAction.AO)) throw badInput("Les actions en attente d'ouverture ne se listent pas par statut : utilisez la liste des actions.", "statuts");
    const asked = numberedPage(page, parPage);
    const organismeId = organismeScope(caller);
    const where = { statut: In([...new Set(statuts)]), ...(organismeId === null ? {} : { organismeId }) };
    const repository = this.db.getRepository(ActionSuivi);
    const total = await repository.countBy(where);
    const rows = await repository.find({ where, select: { actionId: true }, order: { actionId: "ASC" }, skip: asked.offset, take: asked.parPage });
    return { total, page: asked.page, parPage: asked.parPage, nodes: rows.map((s) => ({ id: String(s.actionId) })) };
  }
}
