import type { EntityManager } from "typeorm";
import { Compteur } from "./compteur.entity.js";

export const FLUX_SESSIONS = "flux_sessions";

/**
 * Next position in the CARIF feed. The UPDATE takes the counter row's write lock until the
 * transaction ends, so positions are handed out in commit order (SQLite has a single writer
 * anyway): a consumer resuming after position N can never miss a change committed later
 * with a smaller number — which an instant alone would not guarantee.
 */
export async function nextSequence(tx: EntityManager, nom = FLUX_SESSIONS): Promise<number> {
  const updated = await tx.createQueryBuilder().update(Compteur).set({ valeur: () => "valeur + 1" }).where("nom = :nom", { nom }).execute();
  if (!updated.affected) await tx.getRepository(Compteur).insert({ nom, valeur: 1 });
  return (await tx.getRepository(Compteur).findOneByOrFail({ nom })).valeur;
}
