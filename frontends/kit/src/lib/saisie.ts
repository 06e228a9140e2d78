/**
 * What the forms of the OF's sections read from their inputs, checked as the graph checks them
 * (same French messages), before anything is sent: hours typed « 10,50 » become the `Heures`
 * scalar "10.50", places and counts are whole numbers, codes postaux have 5 digits.
 */

const DECIMAL_SAISI = /^\d+(?:[.,]\d{1,2})?$/;

/** « 10,5 », « 10.50 », « 7 » → "10.50", "10.50", "7.00"; null for anything else (negative, 3 decimals, text). */
export function versHeures(texte: string | null | undefined): string | null {
  const valeur = (texte ?? "").trim().replace(/\s/g, "");
  if (!DECIMAL_SAISI.test(valeur)) return null;
  const [entier = "0", fraction = ""] = valeur.replace(",", ".").split(".");
  return `${entier.replace(/^0+(?=\d)/, "")}.${fraction.padEnd(2, "0")}`;
}

/** "10.50" → « 10,50 » (what a field shows again for a value the graph sent). */
export function versSaisie(valeur: string | null | undefined): string {
  if (valeur === null || valeur === undefined || valeur === "") return "";
  return valeur.replace(".", ",");
}

/** Hundredths of an hour of a `Heures` string, exact (no float): "10.50" → 1050. */
export function centiemes(valeur: string): number {
  const [entier = "0", fraction = ""] = valeur.split(".");
  return Number(entier) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
}

/** 1050 → "10.50" (the `Heures` scalar). */
export function depuisCentiemes(valeur: number): string {
  return `${Math.trunc(valeur / 100)}.${String(valeur % 100).padStart(2, "0")}`;
}

/** A whole number ≥ 0 typed in a field, or null. */
export function versEntier(texte: string | null | undefined): number | null {
  const valeur = (texte ?? "").trim();
  return /^\d{1,9}$/.test(valeur) ? Number(valeur) : null;
}

export const CODE_POSTAL = /^\d{5}$/;
export const HEURE_HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "2023-01" → « Janvier 2023 » (the seeds' month headings). */
export function libelleMois(mois: string): string {
  const noms = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre"];
  const [annee, numero] = mois.split("-");
  return `${noms[Number(numero) - 1] ?? numero} ${annee}`;
}

/** Errors of a form by field name; empty when the form may be sent. */
export type Erreurs = Record<string, string>;
export const aucuneErreur = (erreurs: Erreurs): boolean => Object.keys(erreurs).length === 0;
