import { frDate, frDeMonth, frMonth, monthOf } from "@sigma/kit/dates/calendar";
import { badInput, conflict } from "@sigma/kit/errors/errors";
import { StatutAction } from "../action/statut-action.enum.js";
import type { MotifSortie } from "./stagiaire.enums.js";

export interface SortieFaits {
  statut: StatutAction;
  dateEntree: string | null;
  aujourdhui: string;
  /** Latest month with hours declared for the trainee, null when none. */
  dernierMoisAvecHeures: string | null;
  /** The exit already recorded, if any. */
  dateSortieActuelle: string | null;
  /** First month whose declaration is not confirmed (null before opening). */
  premierMoisOuvert: string | null;
}

/**
 * Seed 001 § 3.5: a trainee who leaves gets an exit date, and either « fin de formation » or
 * an early exit with its reason. Only from a running action, after entry, not in the future,
 * and never before hours already declared. A confirmed month is frozen: its lines show the exit
 * dates and its forfaits parcours réalisés count the exits in it, so an exit neither lands in
 * nor leaves a confirmed month.
 */
export function checkSortie(faits: SortieFaits, dateSortie: string, finFormation: boolean, motif: MotifSortie | null | undefined): void {
  if (faits.statut !== StatutAction.EC) throw conflict("Les sorties de formation se déclarent sur une action en cours.");
  if (!faits.dateEntree || faits.dateEntree > faits.aujourdhui) {
    throw conflict("Ce stagiaire n'est pas entré en formation : sa sortie ne peut pas être déclarée.");
  }
  if (dateSortie < faits.dateEntree) {
    throw badInput(`La date de sortie (${frDate(dateSortie)}) ne peut précéder la date d'entrée (${frDate(faits.dateEntree)}).`, "dateSortie");
  }
  if (dateSortie > faits.aujourdhui) {
    throw badInput(`La date de sortie (${frDate(dateSortie)}) ne peut être postérieure à aujourd'hui (${frDate(faits.aujourdhui)}).`, "dateSortie");
  }
  if (!finFormation && !motif) throw badInput("Précisez le motif de la sortie anticipée.", "motifSortie");
  if (finFormation && motif) throw badInput("Une sortie en fin de formation n'a pas de motif de sortie anticipée.", "motifSortie");
  if (faits.premierMoisOuvert && faits.dateSortieActuelle && monthOf(faits.dateSortieActuelle) < faits.premierMoisOuvert) {
    throw conflict(
      `La sortie du ${frDate(faits.dateSortieActuelle)} figure dans la déclaration confirmée ${frDeMonth(monthOf(faits.dateSortieActuelle))} : elle ne peut plus être modifiée.`,
    );
  }
  if (faits.premierMoisOuvert && monthOf(dateSortie) < faits.premierMoisOuvert) {
    throw conflict(
      `La date de sortie (${frDate(dateSortie)}) tombe dans un mois dont la déclaration est confirmée : la sortie ne peut être antérieure à ${frMonth(faits.premierMoisOuvert)}.`,
    );
  }
  if (faits.dernierMoisAvecHeures && faits.dernierMoisAvecHeures > dateSortie.slice(0, 7)) {
    throw conflict(`Des heures sont déclarées pour ce stagiaire après le mois de la date de sortie (${frDate(dateSortie)}).`);
  }
}
