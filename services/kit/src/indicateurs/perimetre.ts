import type { Caller } from "../auth/caller.js";
import { isCalendarDate } from "../schema/scalars.js";
import { badInput, forbidden } from "../errors/errors.js";

/**
 * The perimeter of a dashboard query (issue 8): which actions (by catalogue's dimensions
 * and organisme) and which period. It travels between subgraphs as the key `cle` of the
 * federated entity `Perimetre`, a canonical JSON text: catalogue builds it from the caller's
 * filter, execution and finance parse it back and apply the caller's scope again (zero trust:
 * a key forged for another organisme is refused, not obeyed).
 */
export interface Perimetre {
  anneeProgrammation: number | null;
  dispositif: string | null;
  departement: string | null;
  organismeId: number | null;
  /** First and last day of the period (inclusive), AAAA-MM-JJ. */
  du: string | null;
  au: string | null;
}

export const PERIMETRE_VIDE: Perimetre = { anneeProgrammation: null, dispositif: null, departement: null, organismeId: null, du: null, au: null };

/** The canonical key: always the same keys in the same order, so equal perimeters share a key (and a cache entry). */
export function cleDuPerimetre(p: Perimetre): string {
  return JSON.stringify([p.anneeProgrammation, p.dispositif, p.departement, p.organismeId, p.du, p.au]);
}

const invalide = () => badInput("Périmètre d'indicateurs invalide.", "cle");

export function perimetreDeCle(cle: string): Perimetre {
  let raw: unknown;
  try {
    raw = JSON.parse(cle);
  } catch {
    throw invalide();
  }
  if (!Array.isArray(raw) || raw.length !== 6) throw invalide();
  const [annee, dispositif, departement, organismeId, du, au] = raw as unknown[];
  const intOrNull = (v: unknown) => (v === null || (Number.isSafeInteger(v) && (v as number) > 0) ? (v as number | null) : fail());
  const strOrNull = (v: unknown, max: number) => (v === null || (typeof v === "string" && v.length <= max) ? (v as string | null) : fail());
  const dayOrNull = (v: unknown) => (v === null || (typeof v === "string" && isCalendarDate(v)) ? (v as string | null) : fail());
  const fail = (): never => {
    throw invalide();
  };
  return verifierPeriode({
    anneeProgrammation: intOrNull(annee),
    dispositif: strOrNull(dispositif, 150),
    departement: strOrNull(departement, 3),
    organismeId: intOrNull(organismeId),
    du: dayOrNull(du),
    au: dayOrNull(au),
  });
}

function frDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

export function verifierPeriode(p: Perimetre): Perimetre {
  if (p.du && p.au && p.du > p.au) {
    throw badInput(`La période est inversée : le ${frDay(p.du)} est après le ${frDay(p.au)}.`, "au");
  }
  return p;
}

/**
 * The caller's scope applied to a requested perimeter: the Région (and the read-only service
 * accounts) see every organisme; an organisme only its own figures — its filter is forced, and
 * asking for another organisme is refused; the CARIF credential gets no execution or money
 * figure at all.
 */
export function perimetrePour(caller: Caller, demande: Perimetre): Perimetre {
  if (caller.role === "CARIF") throw forbidden("Les indicateurs sont réservés à la Région et aux organismes de formation.");
  if (caller.role !== "ORGANISME") return demande;
  if (demande.organismeId !== null && demande.organismeId !== caller.organismeId) {
    throw forbidden("Un organisme ne consulte que ses propres indicateurs.");
  }
  return { ...demande, organismeId: caller.organismeId };
}
