import { badInput, conflict } from "@sigma/kit/errors/errors";
import type { Composante } from "../composante/composante.entity.js";
import type { InformationCollective } from "../session/information-collective.entity.js";
import type { Session } from "../session/session.entity.js";
import { frDate } from "../shared/format.js";
import { optionalText, requiredText, verbatimText } from "../shared/text.js";

/** What a session request proposes (stored as JSON in the demande until it is applied). */
export interface AdresseProposee {
  numeroVoie: string | null;
  extensionVoie: string | null;
  typeVoie: string | null;
  libelleVoie: string;
  complement: string | null;
  mentionSpeciale: string | null;
  codePostal: string;
  ville: string;
  cedex: string | null;
}

export interface IcProposee extends AdresseProposee {
  /** Existing information collective changed, or null for a new one. */
  id: number | null;
  date: string;
  heureDebut: string;
  heureFin: string;
  nbPlaces: number;
  commentaire: string | null;
}

export interface SessionProposee {
  numero: string;
  dateDebut: string;
  dateFin: string;
  siteId: number;
  nbPlaces: number;
  codeOffreInfo: string | null;
  informationsCollectives: IcProposee[];
}

/** The raw input, as the GraphQL input type carries it. */
export interface SessionSaisie {
  numero?: string | null;
  dateDebut: string;
  dateFin: string;
  siteId: string | number;
  nbPlaces: number;
  codeOffreInfo?: string | null;
  informationsCollectives?: (Omit<Partial<IcProposee>, "id"> & { id?: string | number | null; adresse?: Partial<AdresseProposee> })[] | null;
}

export interface SessionContexte {
  composante: Composante;
  /** The session changed, or null for « Ajouter une nouvelle session ». */
  session: Session | null;
  informationsCollectives: InformationCollective[];
  /** Numbers already used in the composante. */
  numerosPris: string[];
  /** Ids of the organisme's sites de réalisation. */
  siteIds: number[];
}

const HEURE = /^([01]\d|2[0-3]):[0-5]\d$/;
const CODE_POSTAL = /^\d{5}$/;
const NUMERO = /^(0[1-9]|[1-9]\d)$/;
export const MAX_PLACES = 9999;
const MAX_IC = 20;

/** Checks a session request against seed 004's rules; returns the normalised proposal. */
export function checkSession(saisie: SessionSaisie, ctx: SessionContexte): SessionProposee {
  const { composante, session } = ctx;
  const numero = checkNumero(saisie.numero, ctx);
  if (saisie.dateFin < saisie.dateDebut) {
    throw badInput(`La date de fin de la session (${frDate(saisie.dateFin)}) doit être postérieure ou égale à sa date de début (${frDate(saisie.dateDebut)}).`, "dateFin");
  }
  if (saisie.dateDebut < composante.dateDebut || saisie.dateFin > composante.dateFin) {
    throw badInput(
      `Les dates de la session doivent être comprises dans l'intervalle des dates de la composante (du ${frDate(composante.dateDebut)} au ${frDate(composante.dateFin)}).`,
      saisie.dateDebut < composante.dateDebut ? "dateDebut" : "dateFin",
    );
  }
  const siteId = Number(saisie.siteId);
  if (!ctx.siteIds.includes(siteId)) throw badInput("Le lieu de la session doit être un site de réalisation de l'organisme.", "siteId");
  return {
    numero,
    dateDebut: saisie.dateDebut,
    dateFin: saisie.dateFin,
    siteId,
    nbPlaces: checkPlaces(saisie.nbPlaces, "Le nombre de places de la session", "0 annule la session", "nbPlaces"),
    codeOffreInfo: optionalText(saisie.codeOffreInfo, 20, "Code offre info", "codeOffreInfo"),
    informationsCollectives: checkIcs(saisie.informationsCollectives ?? [], ctx.informationsCollectives, session),
  };
}

function checkNumero(numero: string | null | undefined, ctx: SessionContexte): string {
  const wanted = numero?.trim() || null;
  if (ctx.session) {
    if (wanted !== null && wanted !== ctx.session.numero) throw badInput("Le numéro d'une session existante ne peut être modifié.", "numero");
    return ctx.session.numero;
  }
  if (wanted === null) {
    for (let n = 1; n <= 99; n += 1) {
      const candidate = String(n).padStart(2, "0");
      if (!ctx.numerosPris.includes(candidate)) return candidate;
    }
    throw conflict(`La composante ${ctx.composante.libelle} compte déjà 99 sessions.`);
  }
  if (!NUMERO.test(wanted)) throw badInput("Le numéro de session doit compter 2 chiffres, de 01 à 99 (ex. 01).", "numero");
  if (ctx.numerosPris.includes(wanted)) throw conflict(`La session n° ${wanted} existe déjà dans la composante ${ctx.composante.libelle}.`);
  return wanted;
}

function checkPlaces(value: number, label: string, hint: string, champ: string): number {
  if (!Number.isInteger(value) || value < 0) throw badInput(`${label} ne peut être négatif (${hint}).`, champ);
  if (value > MAX_PLACES) throw badInput(`${label} ne peut dépasser ${MAX_PLACES}.`, champ);
  return value;
}

function checkIcs(saisies: NonNullable<SessionSaisie["informationsCollectives"]>, existantes: InformationCollective[], session: Session | null): IcProposee[] {
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
