import type { Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import { frDate, frMonth, monthOf } from "@sigma/kit/dates/calendar";
import { inTransaction } from "@sigma/kit/db/transaction";
import { badInput, conflict, forbidden } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import { LessThan, type DataSource, type EntityManager } from "typeorm";
import { ActionAccess, actionIntrouvable, lockSuivi, requireOrganisme, today } from "../access/access.js";
import { DeclarationConfirmation } from "../declaration/confirmation.entity.js";
import { Realisation } from "../declaration/realisation.entity.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { ActionSuivi } from "./action-suivi.entity.js";
import { DateDebutAppliquee } from "./date-debut-appliquee.entity.js";
import type { OuvertureInput } from "./ouverture.input.js";
import { checkEnAttenteOuverture, checkOuverture } from "./ouverture.rules.js";
import { StatutAction } from "./statut-action.enum.js";

const snapshot = (s: ActionSuivi) => ({
  statut: s.statut, dateDebutReelle: s.dateDebutReelle, frequencePaiement: s.frequencePaiement, motifNonOuverture: s.motifNonOuverture,
});

/** Opening (AO → EC), « non ouverture », and the Région-validated change of the real start date. */
export class OuvertureService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ActionAccess,
    private readonly clock: Clock,
  ) {}

  async ouvrir(caller: Caller, input: OuvertureInput): Promise<number> {
    const of = requireOrganisme(caller);
    const action = await this.access.ownAction(of, Number(input.actionId));
    return inTransaction(this.db, async (tx) => {
      const suivi = await lockSuivi(tx, action);
      checkOuverture(
        {
          statut: suivi.statut,
          dateDebutReelleActuelle: suivi.dateDebutReelle,
          type: action.type,
          dateDebutPrevue: action.dateDebutPrevue,
          premiereEntree: await premiereEntree(tx, action.id),
          aujourdhui: today(this.clock),
        },
        input.dateDebutReelle,
      );
      const avant = snapshot(suivi);
      suivi.statut = StatutAction.EC;
      suivi.dateDebutReelle = input.dateDebutReelle;
      suivi.frequencePaiement = input.frequencePaiement;
      suivi.ouverteLe = this.clock.now().getTime();
      await tx.getRepository(ActionSuivi).save(suivi);
      await recordHistory(tx, caller, this.clock, { objetType: "Action", objetId: action.id, action: "ouverture", organismeId: action.organismeId, avant, apres: snapshot(suivi) });
      return action.id;
    });
  }

  /** « Ouverture de l'action : Non » — recorded, final. */
  async declarerNonOuverture(caller: Caller, actionId: number, motif: string | null | undefined): Promise<number> {
    const of = requireOrganisme(caller);
    const action = await this.access.ownAction(of, actionId);
    const texte = motif?.trim() || null;
    if (texte && texte.length > 255) throw badInput("Le motif de non-ouverture ne peut dépasser 255 caractères.", "motif");
    return inTransaction(this.db, async (tx) => {
      const suivi = await lockSuivi(tx, action);
      checkEnAttenteOuverture(suivi.statut, suivi.dateDebutReelle);
      const avant = snapshot(suivi);
      suivi.statut = StatutAction.NON_OUVERTE;
      suivi.motifNonOuverture = texte;
      suivi.nonOuvertureLe = this.clock.now().getTime();
      await tx.getRepository(ActionSuivi).save(suivi);
      await recordHistory(tx, caller, this.clock, { objetType: "Action", objetId: action.id, action: "non ouverture", organismeId: action.organismeId, avant, apres: snapshot(suivi) });
      return action.id;
    });
  }

  /**
   * Catalogue applies a date request the Région validated (seed 003) with its service
   * credential. Idempotent by `reference`: the same call twice changes nothing the second time.
   */
  async appliquerDateDebutReelle(caller: Caller, actionId: number, date: string, reference: string): Promise<number> {
    if (caller.role !== "SERVICE") throw forbidden("Réservé au service catalogue (demande de modification de dates validée par la Région).");
    const ref = reference.trim();
    if (!ref || ref.length > 80) throw badInput("La référence de la demande doit compter de 1 à 80 caractères.", "reference");
    return inTransaction(this.db, async (tx) => {
      const applied = await tx.getRepository(DateDebutAppliquee).findOneBy({ reference: ref });
      if (applied) {
        if (applied.actionId !== actionId || applied.date !== date) throw conflict(`La demande ${ref} a déjà été appliquée avec d'autres valeurs.`);
        return actionId;
      }
      const suivi = await tx.getRepository(ActionSuivi).findOneBy({ actionId });
      if (!suivi) throw actionIntrouvable();
      if (suivi.statut !== StatutAction.EC) throw conflict("Seule la date de début réelle d'une action en cours peut être modifiée.");
      await checkNothingBefore(tx, actionId, date);
      const avant = snapshot(suivi);
      suivi.dateDebutReelle = date;
      await tx.getRepository(ActionSuivi).save(suivi);
      await tx.getRepository(DateDebutAppliquee).insert({ reference: ref, actionId, date, instant: this.clock.now().getTime() });
      await recordHistory(tx, caller, this.clock, {
        objetType: "Action", objetId: actionId, action: "date de début réelle modifiée", organismeId: suivi.organismeId, avant, apres: { ...snapshot(suivi), reference: ref },
      });
      return actionId;
    });
  }
}

async function premiereEntree(tx: EntityManager, actionId: number): Promise<string | null> {
  const row = await tx
    .getRepository(Stagiaire)
    .createQueryBuilder("s")
    .select("MIN(s.date_entree)", "premiere")
    .where("s.action_id = :actionId", { actionId })
    .getRawOne<{ premiere: string | null }>();
  return row?.premiere ?? null;
}

/** A new real start may not leave declared hours or confirmed months before it. */
async function checkNothingBefore(tx: EntityManager, actionId: number, date: string): Promise<void> {
  const mois = monthOf(date);
  const declared =
    (await tx.getRepository(Realisation).existsBy({ actionId, mois: LessThan(mois) })) ||
    (await tx.getRepository(DeclarationConfirmation).existsBy({ actionId, mois: LessThan(mois) }));
  if (declared) {
    throw conflict(`Des heures sont déclarées avant ${frMonth(mois)} : la date de début réelle ne peut pas passer au ${frDate(date)}.`);
  }
}
