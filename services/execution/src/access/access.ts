import type { Caller } from "@sigma/kit/auth/caller";
import { parisDay, type Clock } from "@sigma/kit/clock/clock";
import { findForUpdate } from "@sigma/kit/db/transaction";
import { forbidden, notFound } from "@sigma/kit/errors/errors";
import type { EntityManager } from "typeorm";
import { ActionSuivi } from "../action/action-suivi.entity.js";
import { StatutAction } from "../action/statut-action.enum.js";
import type { ActionCatalogue, ActionReference } from "../catalogue/action-reference.client.js";

export const actionIntrouvable = () => notFound("Action introuvable.");

/** Only the organisme de formation enters execution data; the Région reads and validates, services read. */
export function requireOrganisme(caller: Caller): Caller & { organismeId: number } {
  if (caller.role !== "ORGANISME" || caller.organismeId === null) {
    throw forbidden("Seul l'organisme de formation titulaire de l'action peut effectuer cette saisie.");
  }
  return caller as Caller & { organismeId: number };
}

/** Today in Paris, "YYYY-MM-DD". */
export const today = (clock: Clock): string => parisDay(clock.now());

/** Who owns what: catalogue says whose an action is; execution's rows then carry it. */
export class ActionAccess {
  constructor(private readonly catalogue: ActionCatalogue) {}

  /** The caller's own action (read from catalogue), or NOT_FOUND exactly as for an action that does not exist. */
  async ownAction(caller: Caller & { organismeId: number }, actionId: number): Promise<ActionReference> {
    const action = Number.isSafeInteger(actionId) ? await this.catalogue.get(actionId) : null;
    if (!action || action.organismeId !== caller.organismeId) throw actionIntrouvable();
    return action;
  }
}

/**
 * The action's execution record, created at the first write (AO) and locked for the rest of
 * the transaction, so that concurrent writers of one action (two trainees registered at once
 * against the effectif) queue up instead of both passing the check.
 */
export async function lockSuivi(tx: EntityManager, action: Pick<ActionReference, "id" | "organismeId">): Promise<ActionSuivi> {
  // MariaDB: once the record exists (after the first write) it is locked straight away — an
  // INSERT IGNORE on an existing key takes a shared lock, and two writers each holding it while
  // waiting to upgrade it deadlock each other. (No plain read before it: see inTransaction.)
  const existing = await findForUpdate(tx, ActionSuivi, { actionId: action.id });
  if (existing) return existing;
  await tx
    .createQueryBuilder()
    .insert()
    .into(ActionSuivi)
    .values({ actionId: action.id, organismeId: action.organismeId, statut: StatutAction.AO })
    .orIgnore()
    .execute();
  return (await findForUpdate(tx, ActionSuivi, { actionId: action.id }))!;
}

/** The injectable clock for resolvers (by class, as the container resolves them): today in Paris. */
export class Horloge {
  constructor(readonly clock: Clock) {}

  aujourdhui(): string {
    return today(this.clock);
  }
}
