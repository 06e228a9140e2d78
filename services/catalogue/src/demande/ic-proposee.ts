import { badInput } from "@sigma/kit/errors/errors";
import type { InformationCollective } from "../session/information-collective.entity.js";
import type { Session } from "../session/session.entity.js";
import { frDate } from "../shared/format.js";
import { optionalText, requiredText, verbatimText } from "../shared/text.js";
import type { IcProposee, SessionSaisie } from "./session-proposee.js";

const HEURE = /^([01]\d|2[0-3]):[0-5]\d$/;
const CODE_POSTAL = /^\d{5}$/;
const MAX_IC = 20;
export const MAX_PLACES = 9999;

/**
 * Seed 004 § 2: the full list of a session's informations collectives. None is ever dropped
 * (0 places cancels one); times hh:mm with the end after the start; the address with its
 * required libellé, 5-digit postcode and ville; the comment kept as typed.
 */
export function checkIcs(saisies: NonNullable<SessionSaisie["informationsCollectives"]>, existantes: InformationCollective[], session: Session | null): IcProposee[] {
  if (saisies.length > MAX_IC) throw badInput(`Une session compte au plus ${MAX_IC} informations collectives.`, "informationsCollectives");
  const known = new Map(existantes.map((ic) => [ic.id, ic]));
  const cited = new Set<number>();
  const proposees = saisies.map((saisie, index) => {
    const champ = `informationsCollectives.${index}`;
    const id = saisie.id === null || saisie.id === undefined ? null : Number(saisie.id);
    if (id !== null) {
      if (!session || !known.has(id)) throw badInput("Information collective inconnue pour cette session.", `${champ}.id`);
      if (cited.has(id)) throw badInput("Une information collective est citée deux fois.", `${champ}.id`);
      cited.add(id);
    }
    return checkIc(saisie, id, champ);
  });
  const omitted = existantes.find((ic) => !cited.has(ic.id));
  if (omitted) {
    throw badInput(
      `L'information collective du ${frDate(omitted.date)} ne peut être supprimée : mettez ses places à 0 pour l'annuler.`,
      "informationsCollectives",
    );
  }
  return proposees;
}

function checkIc(saisie: NonNullable<SessionSaisie["informationsCollectives"]>[number], id: number | null, champ: string): IcProposee {
  const heureDebut = checkHeure(saisie.heureDebut, "de début", `${champ}.heureDebut`);
  const heureFin = checkHeure(saisie.heureFin, "de fin", `${champ}.heureFin`);
  if (heureFin <= heureDebut) {
    throw badInput(`L'heure de fin de l'information collective (${heureFin}) doit être après l'heure de début (${heureDebut}).`, `${champ}.heureFin`);
  }
  const adresse = saisie.adresse ?? {};
  const codePostal = (adresse.codePostal ?? "").trim();
  if (!CODE_POSTAL.test(codePostal)) throw badInput("Le code postal de l'information collective doit compter 5 chiffres.", `${champ}.adresse.codePostal`);
  const a = `${champ}.adresse`;
  return {
    id,
    date: saisie.date!,
    heureDebut,
    heureFin,
    nbPlaces: checkPlaces(saisie.nbPlaces ?? -1, "Le nombre de places de l'information collective", "0 l'annule", `${champ}.nbPlaces`),
    commentaire: verbatimText(saisie.commentaire, 500, "Commentaire", `${champ}.commentaire`),
    numeroVoie: optionalText(adresse.numeroVoie, 10, "N° de voie", `${a}.numeroVoie`),
    extensionVoie: optionalText(adresse.extensionVoie, 10, "Extension voie", `${a}.extensionVoie`),
    typeVoie: optionalText(adresse.typeVoie, 30, "Type de voie", `${a}.typeVoie`),
    libelleVoie: requiredText(adresse.libelleVoie, 100, "Libellé de la voie", `${a}.libelleVoie`),
    complement: optionalText(adresse.complement, 100, "Entrée, Immeuble, Bâtiment, Résidence", `${a}.complement`),
    mentionSpeciale: optionalText(adresse.mentionSpeciale, 100, "Mention spéciale", `${a}.mentionSpeciale`),
    codePostal,
    ville: requiredText(adresse.ville, 50, "Ville", `${a}.ville`).toUpperCase(),
    cedex: optionalText(adresse.cedex, 20, "Cedex", `${a}.cedex`),
  };
}

function checkHeure(value: string | null | undefined, which: string, champ: string): string {
  const heure = (value ?? "").trim();
  if (!HEURE.test(heure)) throw badInput(`L'heure ${which} de l'information collective doit être au format hh:mm (ex. 09:30).`, champ);
  return heure;
}

/** Places: a whole number from 0 (which cancels) to MAX_PLACES. */
export function checkPlaces(value: number, label: string, hint: string, champ: string): number {
  if (!Number.isInteger(value) || value < 0) throw badInput(`${label} ne peut être négatif (${hint}).`, champ);
  if (value > MAX_PLACES) throw badInput(`${label} ne peut dépasser ${MAX_PLACES}.`, champ);
  return value;
}
