import { badInput } from "@sigma/kit/errors/errors";
import { frDate } from "../shared/format.js";

/** What a date request proposes (seed 003): new action dates and new composante dates. */
export interface DatesProposees {
  dateDebutPrevue: string;
  dateFinPrevue: string;
  /** Null when the action is not opened (no real start yet) and stays so. */
  dateDebutReelle: string | null;
  composantes: { composanteId: number; dateDebut: string; dateFin: string }[];
}

export interface DatesSaisie {
  dateDebutPrevue?: string | null;
  dateDebutReelle?: string | null;
  dateFinPrevue?: string | null;
  composantes?: { composanteId: string | number; dateDebut: string; dateFin: string }[] | null;
}

export interface DatesContexte {
  action: { dateDebutPrevue: string; dateFinPrevue: string };
  /** Execution's current real start, null while the action is not opened. */
  dateDebutReelle: string | null;
  composantes: { id: number; numero: string; intitule: string; dateDebut: string; dateFin: string }[];
  /** Published, not cancelled sessions: they must stay inside their composante. */
  sessions: { composanteId: number; numero: string; dateDebut: string; dateFin: string }[];
}

/**
 * The whole new picture (unchanged values filled in), checked: every end after its start, every
 * composante inside the action's (real) dates, every live session inside its composante.
 */
export function checkDates(saisie: DatesSaisie, ctx: DatesContexte): DatesProposees {
  const dateDebutPrevue = saisie.dateDebutPrevue ?? ctx.action.dateDebutPrevue;
  const dateFinPrevue = saisie.dateFinPrevue ?? ctx.action.dateFinPrevue;
  if (saisie.dateDebutReelle != null && ctx.dateDebutReelle === null) {
    throw badInput("L'action n'est pas ouverte : sa date de début réelle sera fixée à l'ouverture.", "dateDebutReelle");
  }
  const dateDebutReelle = saisie.dateDebutReelle ?? ctx.dateDebutReelle;
  if (dateFinPrevue < dateDebutPrevue) {
    throw badInput(`La date de fin prévue (${frDate(dateFinPrevue)}) doit être postérieure ou égale à la date de début prévue (${frDate(dateDebutPrevue)}).`, "dateFinPrevue");
  }
  if (dateDebutReelle !== null && dateFinPrevue < dateDebutReelle) {
    throw badInput(`La date de fin prévue (${frDate(dateFinPrevue)}) doit être postérieure ou égale à la date de début réelle (${frDate(dateDebutReelle)}).`, "dateFinPrevue");
  }
  const nouvelles = new Map<number, { dateDebut: string; dateFin: string }>();
  for (const [index, c] of (saisie.composantes ?? []).entries()) {
    const id = Number(c.composanteId);
    const composante = ctx.composantes.find((x) => x.id === id);
    if (!composante) throw badInput("Composante inconnue pour cette action.", `composantes.${index}.composanteId`);
    if (nouvelles.has(id)) throw badInput(`La composante ${composante.numero} est citée deux fois.`, `composantes.${index}.composanteId`);
    if (c.dateFin < c.dateDebut) {
      throw badInput(
        `La date de fin de la composante ${composante.numero} (${frDate(c.dateFin)}) doit être postérieure ou égale à sa date de début (${frDate(c.dateDebut)}).`,
        `composantes.${index}.dateFin`,
      );
    }
    nouvelles.set(id, { dateDebut: c.dateDebut, dateFin: c.dateFin });
  }
  const debut = dateDebutReelle ?? dateDebutPrevue;
  const composantes = ctx.composantes.map((c) => ({ composanteId: c.id, ...(nouvelles.get(c.id) ?? { dateDebut: c.dateDebut, dateFin: c.dateFin }) }));
  for (const c of composantes) {
    const composante = ctx.composantes.find((x) => x.id === c.composanteId)!;
    if (c.dateDebut < debut || c.dateFin > dateFinPrevue) {
      throw badInput(
        `La composante ${composante.numero} (du ${frDate(c.dateDebut)} au ${frDate(c.dateFin)}) doit être comprise dans les dates ${dateDebutReelle ? "réelles " : ""}de l'action (du ${frDate(debut)} au ${frDate(dateFinPrevue)}).`,
        "composantes",
      );
    }
    for (const s of ctx.sessions.filter((x) => x.composanteId === c.composanteId)) {
      if (s.dateDebut < c.dateDebut || s.dateFin > c.dateFin) {
        throw badInput(
          `La session n° ${s.numero} de la composante ${composante.numero} (du ${frDate(s.dateDebut)} au ${frDate(s.dateFin)}) ne serait plus comprise dans les dates de sa composante (du ${frDate(c.dateDebut)} au ${frDate(c.dateFin)}).`,
          "composantes",
        );
      }
    }
  }
  return { dateDebutPrevue, dateFinPrevue, dateDebutReelle, composantes };
}
