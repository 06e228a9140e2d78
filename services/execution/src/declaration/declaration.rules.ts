import { addMonths, firstDayOf, frDate, frDeMonth, frMonth, lastDayOf, monthOf } from "@sigma/kit/dates/calendar";
import { formatHundredthsFr } from "@sigma/kit/money/decimal";
import { badInput, conflict } from "@sigma/kit/errors/errors";
import { StatutAction } from "../action/statut-action.enum.js";
import { LieuFormation } from "../stagiaire/stagiaire.enums.js";
import { EtatDeclaration } from "./etat-declaration.enum.js";
import { COLONNES, type HeuresMois, LIBELLES } from "./heures.js";

/** The last day on which a month may be confirmed in time: the 15th of the next month. */
export const dateLimite = (mois: string): string => `${addMonths(mois, 1)}-15`;

/** Seed 001 § 3.5.1: confirmed within the first 15 days of the next month, else late. */
export function etatDeclaration(mois: string, confirmee: boolean, aujourdhui: string): EtatDeclaration {
  if (confirmee) return EtatDeclaration.CONFIRMEE;
  if (aujourdhui <= lastDayOf(mois)) return EtatDeclaration.EN_COURS;
  return aujourdhui <= dateLimite(mois) ? EtatDeclaration.A_CONFIRMER : EtatDeclaration.EN_RETARD;
}

/**
 * A month is confirmed once it is over, in the first 15 days of a later month, and only after
 * the months before it (confirming one opens the next). Missed in time, it waits for the end
 * of the next period: the first 15 days of the month after.
 */
export function checkConfirmation(mois: string, premierMoisOuvert: string, confirmee: boolean, aujourdhui: string): void {
  if (confirmee || mois < premierMoisOuvert) throw conflict(`La déclaration ${frDeMonth(mois)} est déjà confirmée.`);
  if (mois > premierMoisOuvert) {
    throw conflict(`Confirmez d'abord la déclaration ${frDeMonth(premierMoisOuvert)} : la confirmation d'un mois ouvre la déclaration du mois suivant.`);
  }
  if (aujourdhui <= lastDayOf(mois)) {
    throw conflict(`La déclaration ${frDeMonth(mois)} se confirme une fois le mois écoulé, dans les 15 premiers jours du mois suivant (jusqu'au ${frDate(dateLimite(mois))}).`);
  }
  if (Number(aujourdhui.slice(8, 10)) > 15) {
    const prochain = addMonths(monthOf(aujourdhui), 1);
    throw conflict(
      `Le délai de confirmation ${frDeMonth(mois)} (${frDate(dateLimite(mois))}) est dépassé : la déclaration se confirmera après la fin de la période suivante, du ${frDate(firstDayOf(prochain))} au ${frDate(`${prochain}-15`)}.`,
    );
  }
}

export interface SaisieFaits {
  statut: StatutAction;
  dateDebutReelle: string;
  premierMoisOuvert: string;
  confirmee: boolean;
  aujourdhui: string;
  stagiaire: { nom: string; prenom: string; dateEntree: string | null; dateSortie: string | null };
}

/** Hours are entered for the open month only, for a trainee present in it, on a running action. */
export function checkSaisie(mois: string, faits: SaisieFaits): void {
  if (faits.statut !== StatutAction.EC) throw conflict("Les heures se déclarent sur une action en cours.");
  if (mois < monthOf(faits.dateDebutReelle)) {
    throw badInput(`L'action a débuté le ${frDate(faits.dateDebutReelle)} : aucune heure ne peut être déclarée pour ${frMonth(mois)}.`, "mois");
  }
  if (mois > monthOf(faits.aujourdhui)) throw badInput(`Le mois ${frDeMonth(mois)} n'est pas commencé : ses heures ne peuvent pas encore être déclarées.`, "mois");
  if (faits.confirmee || mois < faits.premierMoisOuvert) throw conflict(`La déclaration ${frDeMonth(mois)} est confirmée : elle ne peut plus être modifiée.`);
  if (mois > faits.premierMoisOuvert) {
    throw conflict(`Confirmez d'abord la déclaration ${frDeMonth(faits.premierMoisOuvert)} : la confirmation d'un mois ouvre la déclaration du mois suivant.`);
  }
  const { nom, prenom, dateEntree, dateSortie } = faits.stagiaire;
  if (!estPresent(faits.stagiaire, mois)) {
    const dates = dateEntree ? `entrée le ${frDate(dateEntree)}${dateSortie ? `, sortie le ${frDate(dateSortie)}` : ""}` : "sans date d'entrée";
    throw badInput(`${prenom} ${nom} n'est pas en formation en ${frMonth(mois)} (${dates}).`, "stagiaireId");
  }
}

/** Present in a month: entered by its last day, not left before its first. */
export function estPresent(s: { dateEntree: string | null; dateSortie: string | null }, mois: string): boolean {
  return s.dateEntree !== null && s.dateEntree <= lastDayOf(mois) && (s.dateSortie === null || s.dateSortie >= firstDayOf(mois));
}

export interface AbsenceSaisie {
  dateDebut: string;
  dateFin: string;
  motif: string;
  lieu: LieuFormation;
  justifiee: boolean;
  heures: number;
}

const hours = (value: number) => `${formatHundredthsFr(value)} h`;

/** Exact hours, and absence periods inside the month whose hours make up the « non réalisées » columns. */
export function checkHeures(mois: string, heures: HeuresMois, absences: AbsenceSaisie[], presence: { dateEntree: string | null; dateSortie: string | null }): void {
  for (const colonne of COLONNES) if (heures[colonne] < 0) throw badInput(`Les ${LIBELLES[colonne]} ne peuvent être négatives.`, colonne);
  const total = COLONNES.reduce((sum, colonne) => sum + heures[colonne], 0);
  const days = Number(lastDayOf(mois).slice(8, 10));
  if (total > days * 2400) throw badInput(`Le total déclaré pour ${frMonth(mois)} (${hours(total)}) dépasse le nombre d'heures du mois.`, "heures");
  if (absences.length > 62) throw badInput("Un mois compte au plus 62 périodes d'absence.", "absences");
  const debut = [firstDayOf(mois), presence.dateEntree ?? ""].sort().at(-1)!;
  const fin = [lastDayOf(mois), presence.dateSortie ?? "9999-12-31"].sort()[0]!;
  for (const absence of absences) {
    const periode = `La période d'absence du ${frDate(absence.dateDebut)} au ${frDate(absence.dateFin)}`;
    if (absence.dateFin < absence.dateDebut) throw badInput(`${periode} se termine avant de commencer.`, "absences");
    if (absence.dateDebut < debut || absence.dateFin > fin) {
      throw badInput(`${periode} doit être comprise entre le ${frDate(debut)} et le ${frDate(fin)} (${frMonth(mois)}, présence du stagiaire).`, "absences");
    }
    if (absence.heures <= 0) throw badInput(`${periode} doit compter un nombre d'heures positif.`, "absences");
    if (!absence.motif.trim() || absence.motif.trim().length > 100) throw badInput(`${periode} doit avoir un motif (100 caractères au plus).`, "absences");
  }
  const pairs: [keyof HeuresMois, LieuFormation, boolean, string][] = [
    ["nonRealiseesJustifieesCentre", LieuFormation.CENTRE, true, "justifiées en centre"],
    ["nonRealiseesNonJustifieesCentre", LieuFormation.CENTRE, false, "non justifiées en centre"],
    ["nonRealiseesJustifieesEntreprise", LieuFormation.ENTREPRISE, true, "justifiées en entreprise"],
    ["nonRealiseesNonJustifieesEntreprise", LieuFormation.ENTREPRISE, false, "non justifiées en entreprise"],
  ];
  for (const [colonne, lieu, justifiee, libelle] of pairs) {
    const periodes = absences.filter((a) => a.lieu === lieu && a.justifiee === justifiee).reduce((sum, a) => sum + a.heures, 0);
    if (periodes !== heures[colonne]) {
      throw badInput(
        `Les périodes d'absence ${libelle} totalisent ${hours(periodes)}, mais ${hours(heures[colonne])} non réalisées ${libelle} sont déclarées : elles doivent être égales.`,
        "absences",
      );
    }
  }
}
