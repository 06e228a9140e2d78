import { monthOf } from "@sigma/kit/dates/calendar";
import type { ParcoursIndividualise } from "./parcours.entity.js";
import type { Stagiaire } from "./stagiaire.entity.js";

/** One forfait parcours, in hundredths (the Heures scalar's unit, as finance reads quantities). */
export const UN_FORFAIT = 100;

/**
 * A trainee has entered the action once their entry date is declared and reached (the same
 * « entré » as the lock of a record after opening, stagiaire.rules.ts).
 */
export const estEntre = (s: Pick<Stagiaire, "dateEntree">, aujourdhui: string): boolean => s.dateEntree !== null && s.dateEntree <= aujourdhui;

export interface QuantitesPrescrites {
  forfaitsParcours: number;
  heuresCentre: number;
  heuresEntreprise: number;
}

/**
 * The CRE's « Prescrit » column (seed 000: « 3,00 fp · 850,00 hc · 400,00 he », and
 * « 117 fp disponibles » = 120 contractualisés − 3 prescrits): what the individualised paths of
 * the trainees who have entered plan. Each entered trainee with a path (tab « Définition de
 * parcours », seed 001 § 3.2) is prescribed one forfait parcours, and the path's « Nombre
 * d'heures en centre / en entreprise ». A trainee not entered yet, or without a path, prescribes
 * nothing; an early exit keeps what was prescribed. Hundredths throughout.
 */
export function prescription(
  stagiaires: Pick<Stagiaire, "id" | "dateEntree">[],
  parcours: (Pick<ParcoursIndividualise, "heuresCentre" | "heuresEntreprise"> | null)[],
  aujourdhui: string,
): QuantitesPrescrites {
  const total: QuantitesPrescrites = { forfaitsParcours: 0, heuresCentre: 0, heuresEntreprise: 0 };
  stagiaires.forEach((stagiaire, i) => {
    const p = parcours[i];
    if (!p || !estEntre(stagiaire, aujourdhui)) return;
    total.forfaitsParcours += UN_FORFAIT;
    total.heuresCentre += p.heuresCentre ?? 0;
    total.heuresEntreprise += p.heuresEntreprise ?? 0;
  });
  return total;
}

/**
 * Forfaits parcours réalisés in a month (finance pays them with the month, seed 000's « Réalisé
 * 1,00 fp »): a prescribed forfait (the trainee has a path) is réalisé when the trainee leaves
 * with « Fin de formation : oui » — the path completed — and counts in the month of the exit
 * date. An early exit (« sortie anticipée ») realises no forfait. Exits are refused in a
 * confirmed month (sortie.rules.ts), so a confirmed month's count never changes afterwards.
 */
export function forfaitsRealises(
  stagiaires: Pick<Stagiaire, "id" | "dateSortie" | "finFormation">[],
  avecParcours: ReadonlySet<number>,
  mois: string,
): number {
  return (
    UN_FORFAIT *
    stagiaires.filter((s) => avecParcours.has(s.id) && s.finFormation === true && s.dateSortie !== null && monthOf(s.dateSortie) === mois).length
  );
}
