import { frDate } from "@sigma/kit/dates/calendar";
import { badInput, conflict } from "@sigma/kit/errors/errors";
import type { TypeAction } from "../catalogue/action-reference.client.js";
import { StatutAction } from "./statut-action.enum.js";

export interface OuvertureFaits {
  statut: StatutAction;
  dateDebutReelleActuelle: string | null;
  type: TypeAction;
  dateDebutPrevue: string;
  /** Earliest entry date among the action's trainees, null when none has one. */
  premiereEntree: string | null;
  aujourdhui: string;
}

/** The status refusals shared by opening and « non ouverture »: AO is the only way in. */
export function checkEnAttenteOuverture(statut: StatutAction, dateDebutReelle: string | null): void {
  if (statut === StatutAction.EC || statut === StatutAction.CLOTUREE) {
    const depuis = dateDebutReelle ? ` depuis le ${frDate(dateDebutReelle)}` : "";
    throw conflict(`L'action est déjà ouverte${depuis} : une action ouverte ne revient jamais en attente d'ouverture.`);
  }
  if (statut === StatutAction.NON_OUVERTE) {
    throw conflict("La non-ouverture de cette action a été déclarée : elle ne peut plus être ouverte.");
  }
}

/**
 * Seeds 001 § 3.4 and 003: an action opens once its first trainee has entered (opening emits
 * the advance invoice), on that trainee's entry date; a collective action only on its planned
 * start date (otherwise the OF must ask the Région to move the dates).
 */
export function checkOuverture(faits: OuvertureFaits, dateDebutReelle: string): void {
  checkEnAttenteOuverture(faits.statut, faits.dateDebutReelleActuelle);
  if (faits.premiereEntree === null) {
    throw conflict(
      "Aucun stagiaire n'est entré en formation : inscrivez les stagiaires présents à l'ouverture avec leur date d'entrée avant d'ouvrir l'action (l'ouverture déclenche la facture d'avance).",
    );
  }
  if (faits.premiereEntree > faits.aujourdhui) {
    throw conflict(
      `Le premier stagiaire n'entre en formation que le ${frDate(faits.premiereEntree)} : l'action ne peut pas être ouverte avant son entrée (l'ouverture déclenche la facture d'avance).`,
    );
  }
  if (dateDebutReelle !== faits.premiereEntree) {
    throw badInput(
      `La date de début réelle (${frDate(dateDebutReelle)}) doit être la date d'entrée du premier stagiaire (${frDate(faits.premiereEntree)}).`,
      "dateDebutReelle",
    );
  }
  if (faits.type === "COLLECTIVE" && dateDebutReelle !== faits.dateDebutPrevue) {
    throw badInput(
      `Pour une action collective, la date de début réelle (${frDate(dateDebutReelle)}) doit être la date de début prévue (${frDate(faits.dateDebutPrevue)}) : contactez le Conseil régional pour reporter les dates de l'action.`,
      "dateDebutReelle",
    );
  }
}
