import { badInput, conflict } from "@sigma/kit/errors/errors";
import type { Composante } from "../composante/composante.entity.js";
import type { InformationCollective } from "../session/information-collective.entity.js";
import type { Session } from "../session/session.entity.js";
import { frDate } from "../shared/format.js";
import { optionalText } from "../shared/text.js";
import { checkIcs, checkPlaces } from "./ic-proposee.js";

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

const NUMERO = /^(0[1-9]|[1-9]\d)$/;

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

