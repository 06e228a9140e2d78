/**
 * What the forms of several sections read from the user, checked as the graph checks it (same
 * French messages), so that a refusal shows before the round trip; the server still decides.
 */

const MONTANT = /^(\d{1,13})(?:[.,](\d{1,2}))?$/;

export type Lecture<T> = { valeur: T; erreur?: undefined } | { valeur?: undefined; erreur: string };

/**
 * « 1 500,00 », « 1500.5 », « 1500 » → "1500.50" (the `Montant` scalar's text); spaces
 * (thousands) allowed. Anything else: the scalar's own message.
 */
export function lireMontant(texte: string, libelle = "Montant"): Lecture<string> {
  const brut = texte.replace(/[\s\u00a0\u202f]/g, "").replace(/€$/, "");
  const match = MONTANT.exec(brut);
  if (!match) return { erreur: `${libelle} invalide : indiquez un nombre avec au plus deux décimales (ex. 3175.00).` };
  const entier = match[1]!.replace(/^0+(?=\d)/, "");
  return { valeur: `${entier}.${(match[2] ?? "").padEnd(2, "0")}` };
}

/** "3175.00" > 0, compared as text of hundredths (no float). */
export function montantPositif(montant: string): boolean {
  return /[1-9]/.test(montant);
}

/** Compares two `Montant` strings exactly ("10.00" vs "9.99"): negative, zero or positive. */
export function comparerMontants(a: string, b: string): number {
  const centimes = (m: string) => BigInt(m.replace(".", "").replace(/^(-?)0+(?=\d)/, "$1"));
  const d = centimes(a) - centimes(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** "AAAA-MM-JJ" → "JJ/MM/AAAA", as the graph writes dates in its messages. */
export const jjmmaaaa = (jour: string) => jour.split("-").reverse().join("/");

/** "2022-12" + n months → "AAAA-MM" (calendar arithmetic on text, no time zone). */
export function ajouterMois(jour: string, mois: number): string {
  const [a, m, j] = jour.split("-").map(Number) as [number, number, number];
  const total = a * 12 + (m - 1) + mois;
  const annee = Math.floor(total / 12);
  const moisCible = (total % 12) + 1;
  const dernier = new Date(Date.UTC(annee, moisCible, 0)).getUTCDate();
  return `${annee}-${String(moisCible).padStart(2, "0")}-${String(Math.min(j, dernier)).padStart(2, "0")}`;
}

const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2022-12" → « décembre 2022 » (« Décembre 2022 » with majuscule). */
export function libelleMois(mois: string, majuscule = false): string {
  const [a, m] = mois.split("-");
  const nom = MOIS[Number(m) - 1] ?? m ?? "";
  return `${majuscule ? nom.charAt(0).toUpperCase() + nom.slice(1) : nom} ${a}`;
}

/** Exact sum of `Montant` strings ("3175.00" + "-10.50" → "3164.50"), in integer cents. */
export function additionnerMontants(montants: readonly string[]): string {
  const total = montants.reduce((somme, m) => {
    const [entier = "0", fraction = ""] = m.replace(/^-/, "").split(".");
    const centimes = BigInt(entier) * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2) || "0");
    return somme + (m.startsWith("-") ? -centimes : centimes);
  }, 0n);
  const absolu = total < 0n ? -total : total;
  return `${total < 0n ? "-" : ""}${absolu / 100n}.${String(absolu % 100n).padStart(2, "0")}`;
}

// Hours, counts and codes of the organisme's forms (Inscription, Ouverture, Suivi, Actions).

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


/** Errors of a form by field name; empty when the form may be sent. */
export type Erreurs = Record<string, string>;
export const aucuneErreur = (erreurs: Erreurs): boolean => Object.keys(erreurs).length === 0;
