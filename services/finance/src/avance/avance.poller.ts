import type { Clock } from "@sigma/kit/clock/clock";
import type { DataSource } from "typeorm";
import type { CatalogueSource } from "../sources/catalogue.source.js";
import type { OuverturesSource } from "../sources/execution.source.js";
import type { AvanceService } from "./avance.service.js";
import { Synchro } from "./synchro.entity.js";

export const CURSEUR_AVANCES = "avance.actionsOuvertes";
/** Each poll asks again for the last minutes before the previous one: emission is idempotent, so overlap is free and a late commit in execution is not missed. */
const RECOUVREMENT_MS = 10 * 60_000;

/**
 * Finds newly opened actions by polling execution's `actionsOuvertes(depuis)` and emits their
 * advance (idempotent). Poll only, never lazily on a read: reads stay free of side effects.
 * While execution does not serve the field, the source answers nothing and the poll waits.
 */
export class AvancePoller {
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ouvertures: OuverturesSource,
    private readonly catalogue: CatalogueSource,
    private readonly avances: AvanceService,
  ) {}

  /** One pass; returns how many advances it created, or null when execution could not answer. */
  async passe(): Promise<number | null> {
    const debut = this.clock.now().getTime();
    const curseur = await this.db.getRepository(Synchro).findOneBy({ nom: CURSEUR_AVANCES });
    const ouvertes = await this.ouvertures.depuis(curseur?.valeur ?? null);
    if (ouvertes === null) return null;
    const actions = await this.catalogue.actions(ouvertes.map((o) => o.id));
    let creees = 0;
    for (const action of actions) {
      if (action === undefined) return null;
      if (action === null) continue;
      if ((await this.avances.emettre(action)).creee) creees += 1;
    }
    await this.db.getRepository(Synchro).save({ nom: CURSEUR_AVANCES, valeur: new Date(debut - RECOUVREMENT_MS).toISOString() });
    return creees;
  }

  start(intervalMs: number): () => Promise<void> {
    if (intervalMs <= 0) return async () => {};
    const tick = () => {
      this.running ??= this.passe()
        .catch((error: unknown) => process.stderr.write(`${JSON.stringify({ level: "error", service: "finance", msg: "avances : passe échouée", error: String(error) })}\n`))
        .then(() => undefined)
        .finally(() => (this.running = null));
    };
    const timer = setInterval(tick, intervalMs);
    const first = setTimeout(tick, Math.min(intervalMs, 5_000));
    return async () => {
      clearInterval(timer);
      clearTimeout(first);
      await this.running;
    };
  }
}
