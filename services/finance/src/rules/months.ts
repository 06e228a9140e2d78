/** Calendar months "YYYY-MM" (a declaration's month, an invoice's period) and their French labels. */
export type Mois = string;

const MOIS = /^(\d{4})-(0[1-9]|1[0-2])$/;
const NOMS = [
  "Janvier", "Février", "Mars", "Avril", "Mai", "Juin",
  "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre",
];

export function isMois(text: string): boolean {
  return MOIS.test(text);
}

function parts(mois: Mois): [number, number] {
  const match = MOIS.exec(mois);
  if (!match) throw new RangeError(`Mois invalide : ${mois}`);
  return [Number(match[1]), Number(match[2])];
}

/** The month of a day "YYYY-MM-DD". */
export function moisDe(date: string): Mois {
  return date.slice(0, 7);
}

export function ajouterMois(mois: Mois, n: number): Mois {
  const [year, month] = parts(mois);
  const index = year * 12 + (month - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Months from `a` to `b` (b − a), negative when b is before a. */
export function ecartMois(a: Mois, b: Mois): number {
  const [ya, ma] = parts(a);
  const [yb, mb] = parts(b);
  return yb * 12 + mb - (ya * 12 + ma);
}

/** "2022-09" → "Septembre 2022". */
export function libelleMois(mois: Mois): string {
  const [year, month] = parts(mois);
  return `${NOMS[month - 1]} ${year}`;
}

/** "Septembre 2022 - Novembre 2022" (seed 000), or "Octobre 2006" for a single month (seed 001). */
export function libellePeriode(debut: Mois, fin: Mois): string {
  return debut === fin ? libelleMois(debut) : `${libelleMois(debut)} - ${libelleMois(fin)}`;
}

/** "2022-12" → "décembre 2022", inside a sentence. */
export function libelleMoisMinuscule(mois: Mois): string {
  return libelleMois(mois).toLowerCase();
}
