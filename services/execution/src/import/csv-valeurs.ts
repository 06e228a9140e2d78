import { parseFrDate } from "@sigma/kit/dates/calendar";
import { badInput } from "@sigma/kit/errors/errors";
import { parseHundredths } from "@sigma/kit/money/decimal";

/** How a CSV cell reads: dates dd/mm/yyyy, hours "10,50" or "10.50", oui/non, codes of closed lists. */
export type Lecteur = (texte: string, colonne: string) => unknown;

export const texte: Lecteur = (t) => t || null;

export const date: Lecteur = (t, colonne) => {
  if (!t) return null;
  const day = parseFrDate(t);
  if (!day) throw badInput(`${colonne} : « ${t} » n'est pas une date jj/mm/aaaa.`, colonne);
  return day;
};

export const heures: Lecteur = (t, colonne) => {
  if (!t) return null;
  const value = parseHundredths(t);
  if (value === null) throw badInput(`${colonne} : « ${t} » n'est pas un nombre d'heures (au plus deux décimales).`, colonne);
  return value;
};

export const entier: Lecteur = (t, colonne) => {
  if (!t) return null;
  if (!/^\d{1,4}$/.test(t)) throw badInput(`${colonne} : « ${t} » n'est pas un nombre entier.`, colonne);
  return Number(t);
};

export const ouiNon: Lecteur = (t, colonne) => {
  if (!t) return null;
  const value = t.toLowerCase();
  if (value === "oui") return true;
  if (value === "non") return false;
  throw badInput(`${colonne} : « ${t} » doit valoir oui ou non.`, colonne);
};

export const code = (values: Record<string, string>): Lecteur => (t, colonne) => {
  if (!t) return null;
  const value = t.toUpperCase();
  if (!Object.values(values).includes(value)) throw badInput(`${colonne} : « ${t} » n'est pas une valeur permise (${Object.values(values).join(", ")}).`, colonne);
  return value;
};

/** The columns of a file against those expected: unknown ones and missing required ones refuse the whole file. */
export function checkColonnes(colonnes: string[], connues: string[], obligatoires: string[]): void {
  const inconnues = colonnes.filter((c) => !connues.includes(c));
  if (inconnues.length) throw badInput(`Colonne(s) inconnue(s) : ${inconnues.join(", ")}. Colonnes permises : ${connues.join(";")}.`, "csv");
  const manquantes = obligatoires.filter((c) => !colonnes.includes(c));
  if (manquantes.length) throw badInput(`Colonne(s) obligatoire(s) absente(s) : ${manquantes.join(", ")}.`, "csv");
}
