import type { Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import { conflict } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import type { EntityManager } from "typeorm";
import { Facture } from "./facture.entity.js";

/**
 * Moves an invoice to a new workflow state inside `tx`: the update only applies to the version
 * read (optimistic lock: a concurrent decision makes it fail with CONFLICT), and the history
 * event (who, when, before / after) lands in the same transaction.
 */
export async function transition(
  tx: EntityManager,
  caller: Caller,
  clock: Clock,
  facture: Facture,
  action: string,
  changes: Partial<Facture>,
): Promise<Facture> {
  const result = await tx.getRepository(Facture).update({ id: facture.id, version: facture.version }, { ...changes, version: facture.version + 1 });
  if (!result.affected) throw conflict("La facture vient d'être modifiée par ailleurs : rechargez-la puis recommencez.");
  const avant = Object.fromEntries(Object.keys(changes).map((k) => [k, facture[k as keyof Facture]]));
  await recordHistory(tx, caller, clock, { objetType: "Facture", objetId: facture.id, action, organismeId: facture.organismeId, avant, apres: changes });
  return { ...facture, ...changes, version: facture.version + 1 } as Facture;
}
