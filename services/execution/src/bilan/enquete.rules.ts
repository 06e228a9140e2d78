import { addMonthsToDay, frDate } from "@sigma/kit/dates/calendar";
import { badInput, conflict } from "@sigma/kit/errors/errors";
import { ContratTravail, MomentEnquete, SituationStagiaire } from "./enquete.enums.js";

const DELAI: Record<MomentEnquete, number> = { SORTIE: 0, SIX_MOIS: 6, UN_AN: 12 };
const LIBELLE: Record<MomentEnquete, string> = { SORTIE: "à la sortie", SIX_MOIS: "à 6 mois", UN_AN: "à 1 an" };

/** The day from which a survey can be filled: the exit, 6 months after, 1 year after. */
export const ouvertureEnquete = (dateSortie: string, moment: MomentEnquete): string => addMonthsToDay(dateSortie, DELAI[moment]);

/**
 * Seed 001 § 3.7.2: a survey is about a trainee who has left; the 6-month and 1-year ones once
 * that time has passed. A job comes with its contract; « autre situation » has none.
 */
export function checkEnquete(
  dateSortie: string | null,
  moment: MomentEnquete,
  situation: SituationStagiaire,
  contrat: ContratTravail | null | undefined,
  aujourdhui: string,
): void {
  if (!dateSortie) throw conflict("La fiche de suivi se remplit une fois le stagiaire sorti de formation.");
  const debut = ouvertureEnquete(dateSortie, moment);
  if (aujourdhui < debut) throw conflict(`L'enquête ${LIBELLE[moment]} se remplit à partir du ${frDate(debut)}.`);
  const emploi = situation !== SituationStagiaire.AUTRE_SITUATION;
  if (emploi && !contrat) throw badInput("Précisez le contrat de l'emploi occupé.", "contrat");
  if (!emploi && contrat) throw badInput("Une « autre situation » n'a pas de contrat de travail.", "contrat");
}
