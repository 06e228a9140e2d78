import type { Caller } from "@sigma/kit/auth/caller";
import { recordHistory } from "@sigma/kit/history/history";
import { MoreThan, type EntityManager } from "typeorm";
import { Action } from "../action/action.entity.js";
import { Composante } from "../composante/composante.entity.js";
import { PropagationDateReelle } from "../execution/propagation.entity.js";
import type { ExecutionPort } from "../execution/execution.port.js";
import { Session } from "../session/session.entity.js";
import { checkDates, type DatesProposees, type DatesSaisie } from "./dates-proposees.js";
import type { DemandeModification } from "./demande.entity.js";
import type { DemandeStore } from "./demande.store.js";
import { recapDates, type Ligne } from "./recap.js";

/** Seed 003: a date request's proposal, its recap, and its application when the Région validates it. */
export class DatesDemande {
  constructor(
    private readonly store: DemandeStore,
    private readonly execution: ExecutionPort,
  ) {}

  /** Execution's real start, read before the transaction (a network call must not hold locks). */
  dateDebutReelle(demande: DemandeModification): Promise<string | null> {
    return this.execution.dateDebutReelle(demande.actionId);
  }

  async prepare(tx: EntityManager, demande: DemandeModification, saisie: DatesSaisie, dateDebutReelle: string | null): Promise<{ proposee: DatesProposees; lignes: Ligne[] }> {
    const action = await tx.getRepository(Action).findOneByOrFail({ id: demande.actionId });
    const composantes = await tx.getRepository(Composante).find({ where: { actionId: action.id }, order: { numero: "ASC" } });
    const sessions = await tx.getRepository(Session).findBy({ actionId: action.id, nbPlaces: MoreThan(0) });
    const proposee = checkDates(saisie, { action, dateDebutReelle, composantes, sessions });
    const lignes = recapDates(
      { ...action, dateDebutReelle },
      proposee,
      composantes.map((c) => ({ intitule: c.intitule, avant: c, apres: proposee.composantes.find((x) => x.composanteId === c.id)! })),
    );
    return { proposee, lignes };
  }

  /** Moves the action's and the composantes' dates; a new real start goes to execution through the outbox. */
  async apply(tx: EntityManager, caller: Caller, demande: DemandeModification, p: DatesProposees, dateDebutReelle: string | null): Promise<void> {
    const action = await tx.getRepository(Action).findOneByOrFail({ id: demande.actionId });
    const log = (objetType: string, objetId: number, avant: unknown, apres: unknown) =>
      recordHistory(tx, caller, this.store.clock, { objetType, objetId, action: "modification des dates", organismeId: demande.organismeId, avant, apres });
    const avant = { dateDebutPrevue: action.dateDebutPrevue, dateFinPrevue: action.dateFinPrevue };
    const apres = { dateDebutPrevue: p.dateDebutPrevue, dateFinPrevue: p.dateFinPrevue };
    if (JSON.stringify(avant) !== JSON.stringify(apres)) {
      await tx.getRepository(Action).update(action.id, apres);
      await log("Action", action.id, avant, apres);
    }
    for (const c of await tx.getRepository(Composante).findBy({ actionId: action.id })) {
      const nouvelles = p.composantes.find((x) => x.composanteId === c.id)!;
      if (c.dateDebut === nouvelles.dateDebut && c.dateFin === nouvelles.dateFin) continue;
      await tx.getRepository(Composante).update(c.id, { dateDebut: nouvelles.dateDebut, dateFin: nouvelles.dateFin });
      await log("Composante", c.id, { dateDebut: c.dateDebut, dateFin: c.dateFin }, { dateDebut: nouvelles.dateDebut, dateFin: nouvelles.dateFin });
    }
    if (p.dateDebutReelle !== null && p.dateDebutReelle !== dateDebutReelle) {
      await tx.getRepository(PropagationDateReelle).insert({
        reference: `demande-${demande.id}`,
        actionId: action.id,
        date: p.dateDebutReelle,
        creeLe: this.store.clock.now().getTime(),
        appliqueeLe: null,
        tentatives: 0,
        prochainEssaiLe: 0,
        derniereErreur: null,
      });
    }
  }
}
