import type { Clock } from "@sigma/kit/clock/clock";
import { describeFailure, isRetryable } from "@sigma/kit/graph/service-client";
import { IsNull, LessThanOrEqual, type DataSource } from "typeorm";
import type { ExecutionPort } from "./execution.port.js";
import { PropagationDateReelle } from "./propagation.entity.js";

const MAX_ERREUR = 500;
const MAX_ATTENTE_MS = 3_600_000;

/** 5 s, 10 s, 20 s… up to an hour between two attempts. */
export const backoff = (tentatives: number): number => Math.min(5_000 * 2 ** Math.min(tentatives - 1, 20), MAX_ATTENTE_MS);

/**
 * Sends pending real start dates to execution, oldest first; each stays pending until execution
 * accepts it. When execution cannot be reached (SERVICE_UNAVAILABLE, a timeout…) the row is tried
 * again later, less and less often; when execution refuses it (BAD_USER_INPUT, NOT_FOUND,
 * CONFLICT) the refusal is final: recorded with its reason and never sent again.
 */
export async function relayPropagations(db: DataSource, execution: ExecutionPort, clock: Clock): Promise<number> {
  const now = clock.now().getTime();
  const pending = await db.getRepository(PropagationDateReelle).find({
    where: { appliqueeLe: IsNull(), refuseeLe: IsNull(), prochainEssaiLe: LessThanOrEqual(now) },
    order: { id: "ASC" },
    take: 20,
  });
  let applied = 0;
  for (const row of pending) {
    try {
      await execution.appliquerDateDebutReelle(row.actionId, row.date, row.reference);
      await db.getRepository(PropagationDateReelle).update(row.id, { appliqueeLe: clock.now().getTime(), tentatives: row.tentatives + 1, derniereErreur: null });
      applied += 1;
    } catch (error) {
      const retry = isRetryable(error);
      const message = describeFailure(error).slice(0, MAX_ERREUR);
      const tentatives = row.tentatives + 1;
      await db
        .getRepository(PropagationDateReelle)
        .update(row.id, retry ? { tentatives, derniereErreur: message, prochainEssaiLe: now + backoff(tentatives) } : { tentatives, derniereErreur: message, refuseeLe: clock.now().getTime() });
      process.stderr.write(
        `${JSON.stringify({
          level: "error",
          service: "catalogue",
          msg: retry ? "date de début réelle non transmise à execution (nouvel essai plus tard)" : "date de début réelle refusée par execution (définitif)",
          reference: row.reference,
          tentatives,
          error: message,
        })}\n`,
      );
    }
  }
  return applied;
}

/** Polls every `intervalMs`; returns a stopper that waits for the current round. */
export function startPropagationRelay(db: DataSource, execution: ExecutionPort, clock: Clock, intervalMs = 1000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => relayPropagations(db, execution, clock)).catch((error: unknown) => {
      process.stderr.write(`${JSON.stringify({ level: "error", service: "catalogue", msg: "propagation relay", error: String(error) })}\n`);
    });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
