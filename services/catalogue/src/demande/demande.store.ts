import type { Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import { conflict, notFound } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import type { DataSource, EntityManager } from "typeorm";
import { DemandeModification } from "./demande.entity.js";
import { EtatDemande, isPending } from "./demande.enums.js";
import { OBJET_DEMANDE } from "./demande.loader.js";
import { LigneModification } from "./ligne-modification.entity.js";
import type { Ligne } from "./recap.js";

/** The persistence moves every demande shares: find (scoped), save the recap, change state (guarded), log. */
export class DemandeStore {
  constructor(
    readonly db: DataSource,
    readonly clock: Clock,
  ) {}

  /** The caller's own demande (the Région's: any), or NOT_FOUND. */
  async find(caller: Caller, id: string | number): Promise<DemandeModification> {
    const numeric = Number(id);
    const demande = Number.isSafeInteger(numeric) ? await this.db.getRepository(DemandeModification).findOneBy({ id: numeric }) : null;
    const visible = demande && (caller.role === "REGION" || (caller.role === "ORGANISME" && caller.organismeId === demande.organismeId));
    if (!demande || !visible) throw notFound("Demande de modification introuvable.");
    return demande;
  }

  async saveRecap(tx: EntityManager, demandeId: number, lignes: Ligne[]): Promise<void> {
    await tx.getRepository(LigneModification).delete({ demandeId });
    if (lignes.length) await tx.getRepository(LigneModification).insert(lignes.map((l, ordre) => ({ demandeId, ordre, ...l })));
  }

  /**
   * Moves `demande` from `from` to `to` with one guarded UPDATE: a second emission or decision
   * racing this one finds no row to change and is refused (and, on MySQL, waits for the row lock).
   */
  async transition(tx: EntityManager, demande: DemandeModification, from: EtatDemande, to: EtatDemande, changes: Partial<DemandeModification>, refus: string): Promise<void> {
    const now = this.clock.now().getTime();
    const result = await tx
      .createQueryBuilder()
      .update(DemandeModification)
      .set({ ...changes, etat: to, enCours: isPending(to) ? 1 : null, modifieLe: now })
      .where("id = :id AND etat = :from", { id: demande.id, from })
      .execute();
    if (result.affected !== 1) throw conflict(refus);
    Object.assign(demande, changes, { etat: to, enCours: isPending(to) ? 1 : null, modifieLe: now });
  }

  log(tx: EntityManager, caller: Caller, demande: DemandeModification, action: string, avant?: unknown, apres?: unknown): Promise<void> {
    return recordHistory(tx, caller, this.clock, { objetType: OBJET_DEMANDE, objetId: demande.id, action, organismeId: demande.organismeId, avant, apres });
  }
}
