import type { Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import { inTransaction } from "@sigma/kit/db/transaction";
import { recordHistory } from "@sigma/kit/history/history";
import type { DataSource } from "typeorm";
import { ActionAccess, lockSuivi, requireOrganisme, today } from "../access/access.js";
import { ActionSuivi } from "../action/action-suivi.entity.js";
import { StatutAction } from "../action/statut-action.enum.js";
import { premierMoisOuvert } from "../declaration/mois-ouvert.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { checkCloture } from "./cloture.rules.js";

/** « Fermeture de l'action »: the real end date, EC → clôturée. */
export class ClotureService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ActionAccess,
    private readonly clock: Clock,
  ) {}

  /** Closes the action; returns the avenant warning when the real end differs from the planned one. */
  async cloturer(caller: Caller, actionId: number, dateFinReelle: string): Promise<string | null> {
    const of = requireOrganisme(caller);
    const action = await this.access.ownAction(of, actionId);
    return inTransaction(this.db, async (tx) => {
      const suivi = await lockSuivi(tx, action);
      const avertissement = checkCloture(
        {
          statut: suivi.statut,
          dateDebutReelle: suivi.dateDebutReelle,
          dateFinReelleActuelle: suivi.dateFinReelle,
          dateFinPrevue: action.dateFinPrevue,
          stagiaires: await tx.getRepository(Stagiaire).find({ where: { actionId }, select: { nom: true, prenom: true, dateSortie: true }, order: { nom: "ASC", prenom: "ASC" } }),
          premierMoisOuvert: await premierMoisOuvert(tx, suivi),
          aujourdhui: today(this.clock),
        },
        dateFinReelle,
      );
      const avant = { statut: suivi.statut, dateFinReelle: suivi.dateFinReelle };
      suivi.statut = StatutAction.CLOTUREE;
      suivi.dateFinReelle = dateFinReelle;
      suivi.clotureeLe = this.clock.now().getTime();
      await tx.getRepository(ActionSuivi).save(suivi);
      await recordHistory(tx, caller, this.clock, {
        objetType: "Action", objetId: actionId, action: "clôture", organismeId: action.organismeId, avant, apres: { statut: suivi.statut, dateFinReelle, avertissement },
      });
      return avertissement;
    });
  }
}
