import { frDate, frDeMonth, frMonth, monthOf } from "@sigma/kit/dates/calendar";
import { badInput, conflict } from "@sigma/kit/errors/errors";
import { StatutAction } from "../action/statut-action.enum.js";

export interface ClotureFaits {
  statut: StatutAction;
  dateDebutReelle: string | null;
  dateFinReelleActuelle: string | null;
  dateFinPrevue: string;
  stagiaires: { nom: string; prenom: string; dateSortie: string | null }[];
  premierMoisOuvert: string | null;
  aujourdhui: string;
}

/**
 * Seed 001 § 3.7.1: a running action is closed once every trainee has left and every
 * declaration up to the real end is confirmed, on a real end date no earlier than the last
 * exit. Returns the avenant warning when the date differs from the planned end.
 */
export function checkCloture(faits: ClotureFaits, dateFinReelle: string): string | null {
  if (faits.statut === StatutAction.CLOTUREE) throw conflict(`L'action est déjà clôturée (fin réelle le ${frDate(faits.dateFinReelleActuelle ?? "")}).`);
  if (faits.statut !== StatutAction.EC) throw conflict("Seule une action en cours peut être clôturée.");
  const presents = faits.stagiaires.filter((s) => s.dateSortie === null);
  if (presents.length > 0) {
    const noms = presents.map((s) => `${s.prenom} ${s.nom}`).join(", ");
    throw conflict(`Tous les stagiaires doivent être sortis de formation avant la clôture (ou supprimés s'ils ne sont jamais entrés) : ${noms} sans date de sortie.`);
  }
  const derniereSortie = faits.stagiaires.map((s) => s.dateSortie!).sort().at(-1) ?? faits.dateDebutReelle!;
  if (dateFinReelle < derniereSortie) {
    throw badInput(`La date de fin réelle (${frDate(dateFinReelle)}) précède la sortie du dernier stagiaire ou le début de l'action (${frDate(derniereSortie)}).`, "dateFinReelle");
  }
  if (dateFinReelle > faits.aujourdhui) {
    throw badInput(`La date de fin réelle (${frDate(dateFinReelle)}) ne peut être postérieure à aujourd'hui (${frDate(faits.aujourdhui)}).`, "dateFinReelle");
  }
  if (faits.premierMoisOuvert !== null && faits.premierMoisOuvert <= monthOf(dateFinReelle)) {
    throw conflict(
      `Confirmez d'abord la déclaration ${frDeMonth(faits.premierMoisOuvert)} : toutes les déclarations jusqu'à ${frMonth(monthOf(dateFinReelle))} doivent être confirmées avant la clôture.`,
    );
  }
  return dateFinReelle === faits.dateFinPrevue
    ? null
    : `La date de fin réelle (${frDate(dateFinReelle)}) diffère de la date de fin prévue (${frDate(faits.dateFinPrevue)}) : contactez le Conseil régional pour le prévenir de ce décalage et procéder à un avenant sur la date prévisionnelle de fin de l'action.`;
}

/**
 * « En retard de fermeture »: opened (en cours), not closed, and past its planned end (the day
 * after it, by the injectable clock). An action never opened is « en attente d'ouverture »
 * instead. The one rule behind `Action.enRetardDeFermeture` and the home counter.
 */
export const enRetardDeFermeture = (statut: StatutAction, dateFinPrevue: string, aujourdhui: string): boolean =>
  statut === StatutAction.EC && dateFinPrevue < aujourdhui;
