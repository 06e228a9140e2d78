import { badInput } from "@sigma/kit/errors/errors";

// XML 1.0 (the LHEO feed) cannot carry C0 controls other than tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

/** A trimmed optional text: blank → null; too long or unprintable → BAD_USER_INPUT naming the field. */
export function optionalText(value: string | null | undefined, max: number, label: string, champ: string): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (!text) return null;
  return checked(text, max, label, champ);
}

/** A required trimmed text. */
export function requiredText(value: string | null | undefined, max: number, label: string, champ: string): string {
  const text = optionalText(value, max, label, champ);
  if (text === null) throw badInput(`Le champ « ${label} » est obligatoire.`, champ);
  return text;
}

/** Kept exactly as typed (« publié tel quel »), except that a blank text is no text. */
export function verbatimText(value: string | null | undefined, max: number, label: string, champ: string): string | null {
  if (value === null || value === undefined || !value.trim()) return null;
  return checked(value, max, label, champ);
}

function checked(text: string, max: number, label: string, champ: string): string {
  if ([...text].length > max) throw badInput(`Le champ « ${label} » ne peut dépasser ${max} caractères.`, champ);
  if (CONTROL.test(text)) throw badInput(`Le champ « ${label} » contient des caractères non imprimables.`, champ);
  return text;
}
