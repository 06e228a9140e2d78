import { IsNull, type DataSource } from "typeorm";
import type { Clock } from "@sigma/kit/clock/clock";
import { OutboxMessage } from "./outbox.entity.js";

export type Mailer = (message: OutboxMessage) => Promise<void>;

/** The embedded default's "mail server": the message goes to the log, as the README says. */
export const logMailer: Mailer = async (message) => {
  process.stdout.write(
    `${JSON.stringify({ level: "info", service: "catalogue", msg: "courrier électronique (outbox)", destinataire: message.destinataire, sujet: message.sujet, corps: message.corps })}\n`,
  );
};

/** Delivers the outbox's unsent messages, oldest first, marking each one sent. */
export async function relayOutbox(db: DataSource, mailer: Mailer, clock: Clock): Promise<number> {
  const pending = await db.getRepository(OutboxMessage).find({ where: { envoyeLe: IsNull() }, order: { id: "ASC" }, take: 50 });
  for (const message of pending) {
    await mailer(message);
    await db.getRepository(OutboxMessage).update(message.id, { envoyeLe: clock.now().getTime() });
  }
  return pending.length;
}

/** Polls the outbox every `intervalMs`; returns a stopper that waits for the current round. */
export function startOutboxRelay(db: DataSource, mailer: Mailer, clock: Clock, intervalMs = 1000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => relayOutbox(db, mailer, clock)).catch((error: unknown) => {
      process.stderr.write(`${JSON.stringify({ level: "error", service: "catalogue", msg: "outbox relay", error: String(error) })}\n`);
    });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
