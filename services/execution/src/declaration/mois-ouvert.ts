import { addMonths, monthOf } from "@sigma/kit/dates/calendar";
import type { EntityManager } from "typeorm";
import type { ActionSuivi } from "../action/action-suivi.entity.js";
import { DeclarationConfirmation } from "./confirmation.entity.js";

/**
 * The month open for entry (seed 001 § 3.5.1: confirming a month opens the next one): the month
 * after the last confirmed one, or the real start's month. Null while the action is not opened.
 */
export async function premierMoisOuvert(tx: EntityManager, suivi: ActionSuivi): Promise<string | null> {
  if (!suivi.dateDebutReelle) return null;
  const last = await tx
    .getRepository(DeclarationConfirmation)
    .createQueryBuilder("c")
    .select("MAX(c.mois)", "mois")
    .where("c.action_id = :actionId", { actionId: suivi.actionId })
    .getRawOne<{ mois: string | null }>();
  return last?.mois ? addMonths(last.mois, 1) : monthOf(suivi.dateDebutReelle);
}
